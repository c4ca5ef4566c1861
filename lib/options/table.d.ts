/** What a value is, and so how it is parsed from text and checked (values.ts). */
export type OptionType = 
/** A credential: masked in the action, never printed. */
'secret'
/** Free text; empty means not given. */
 | 'string'
/** Several values: one per line in the action; repeatable or comma-separated on the command line. */
 | 'list' | 'boolean' | 'choice'
/** A whole number from `min` to `max`. */
 | 'integer'
/** An http(s) URL; trailing slashes are dropped. */
 | 'url'
/** A file name template with {name}, {id}, {uid}. */
 | 'file-template'
/** A text template (commit message) with {name}, {id}, {uid}. */
 | 'text-template'
/** A folder in the repository; "/" or "." (or an explicit "" in the library and CLI) is the root. */
 | 'directory'
/** `owner/name`. */
 | 'repository' | 'branch'
/** A path relative to the repository root. */
 | 'path';
/** The use cases (and CLI commands) an option belongs to. */
export type CommandName = 'backup' | 'restore' | 'list';
export interface OptionSpec {
    readonly type: OptionType;
    /** The action input; none for CLI-only options. */
    readonly input?: string;
    /** The CLI flag in commander's syntax (`--token <token>`), or the positional argument (`[file]`). */
    readonly flag?: string;
    /** The environment variable the CLI reads when the flag is not given (an empty one counts as not set). */
    readonly env?: string;
    /** Used when the value is not given (or given empty in the action); none: it stays undefined. */
    readonly default?: string | number | boolean | readonly string[];
    /** action.yml's default when it is an expression the runner fills in (`${{ github.token }}`). */
    readonly inputDefault?: string;
    /** The action refuses to run without it (action.yml `required: true`). */
    readonly required?: boolean;
    readonly choices?: readonly string[];
    readonly min?: number;
    readonly max?: number;
    /** An explicitly empty flag (`--directory ""`) means this value instead of the default. */
    readonly emptyFlag?: string;
    /** Options that cannot be given with this one (the CLI ignores their environment fallback too). */
    readonly conflicts?: readonly string[];
    /** Not a library option: only a front end has it. */
    readonly library?: false;
    /** action.yml's description, word for word. */
    readonly description: string;
    /** The CLI's help for the flag (per command when it differs). */
    readonly help?: string | Readonly<Partial<Record<CommandName, string>>>;
    readonly commands: readonly CommandName[];
}
export declare const MODES: readonly ["backup", "restore"];
export declare const OPTIONS: {
    readonly postmanApiKey: {
        readonly type: "secret";
        readonly input: "postman-api-key";
        readonly flag: "--api-key <key>";
        readonly env: "POSTMAN_API_KEY";
        readonly required: true;
        readonly description: "Postman API key, sent as X-Api-Key. Pass it from a secret; it is masked in logs.";
        readonly help: "Postman API key (prefer the variable: arguments show in process lists)";
        readonly commands: readonly ["backup", "restore", "list"];
    };
    readonly collections: {
        readonly type: "list";
        readonly input: "collection";
        readonly flag: "--collection <refs>";
        readonly default: readonly [];
        readonly description: "Collections to back up: a name, ID or UID, or several (one per line), or * for every collection visible to the key (in workspace when given).";
        readonly help: "collection name, ID or UID; repeatable or comma-separated; * for all";
        readonly commands: readonly ["backup"];
    };
    readonly environments: {
        readonly type: "list";
        readonly input: "environment";
        readonly flag: "--environment <refs>";
        readonly default: readonly [];
        readonly description: "Environments to back up: names, IDs or UIDs (one per line), or * for all.";
        readonly help: "environment name, ID or UID; repeatable or comma-separated; * for all";
        readonly commands: readonly ["backup"];
    };
    readonly specs: {
        readonly type: "list";
        readonly input: "spec";
        readonly flag: "--spec <refs>";
        readonly default: readonly [];
        readonly description: "API specifications (Spec Hub) to back up: names or IDs (one per line), or * for every spec of workspace. Each goes to specs/<name>/ with its files as they are.";
        readonly help: "spec name or ID; repeatable or comma-separated; * for all (names and * need --workspace)";
        readonly commands: readonly ["backup"];
    };
    readonly globals: {
        readonly type: "boolean";
        readonly input: "globals";
        readonly flag: "--globals";
        readonly description: "Back up the workspace's globals (secret values redacted as in environments). Default: true when workspace is set and collection is *.";
        readonly help: "back up the workspace's globals (default: with --workspace and --collection '*')";
        readonly commands: readonly ["backup"];
    };
    readonly workspace: {
        readonly type: "string";
        readonly input: "workspace";
        readonly flag: "--workspace <id>";
        readonly description: "Workspace ID that scopes lookups by name and *. With mode: restore, the workspace to create the restored collection or environment in (instead of to).";
        readonly help: {
            readonly backup: "workspace ID that scopes names and *";
            readonly restore: "workspace ID to create it in (POST)";
            readonly list: "only this workspace's";
        };
        readonly commands: readonly ["backup", "restore", "list"];
    };
    readonly directory: {
        readonly type: "directory";
        readonly input: "directory";
        readonly flag: "--directory <dir>";
        readonly default: "Postman collections";
        readonly emptyFlag: "";
        readonly description: "Folder in the repository for the backup file; created implicitly. / for the repository root.";
        readonly help: "folder in the repository (or in --out); \"/\" or \"\" for the root";
        readonly commands: readonly ["backup"];
    };
    readonly filename: {
        readonly type: "file-template";
        readonly input: "filename";
        readonly flag: "--filename <template>";
        readonly default: "{name}.postman_collection.json";
        readonly description: "File name template. Placeholders {name}, {id}, {uid}; characters not allowed in a path are replaced by \"_\".";
        readonly help: "collection file name; placeholders {name} {id} {uid}";
        readonly commands: readonly ["backup"];
    };
    readonly environmentFilename: {
        readonly type: "file-template";
        readonly input: "environment-filename";
        readonly flag: "--environment-filename <template>";
        readonly default: "{name}.postman_environment.json";
        readonly description: "File name template for environments; placeholders as filename.";
        readonly help: "environment file name; placeholders as --filename";
        readonly commands: readonly ["backup"];
    };
    readonly globalsFilename: {
        readonly type: "file-template";
        readonly input: "globals-filename";
        readonly flag: "--globals-filename <template>";
        readonly default: "globals.postman_globals.json";
        readonly description: "File name of the workspace globals; placeholders as filename ({name} is Globals, {id} the workspace).";
        readonly help: "globals file name; placeholders as --filename";
        readonly commands: readonly ["backup"];
    };
    readonly exclude: {
        readonly type: "list";
        readonly input: "exclude";
        readonly flag: "--exclude <patterns>";
        readonly default: readonly [];
        readonly description: "Names (or IDs) or glob patterns (* and ?) of collections and environments to skip, one per line.";
        readonly help: "names, IDs or globs (* ?) to skip; repeatable or comma-separated";
        readonly commands: readonly ["backup"];
    };
    readonly redact: {
        readonly type: "choice";
        readonly input: "redact";
        readonly flag: "--redact <mode>";
        readonly choices: readonly ["secrets", "none"];
        readonly default: "secrets";
        readonly description: "secrets: blank secret variables and the credential fields of auth blocks before writing; none: store as fetched.";
        readonly help: "blank secret variables and auth credentials, or store as fetched";
        readonly commands: readonly ["backup"];
    };
    readonly secretScan: {
        readonly type: "choice";
        readonly input: "secret-scan";
        readonly flag: "--secret-scan <policy>";
        readonly choices: readonly ["redact", "fail", "warn", "off"];
        readonly default: "redact";
        readonly description: "Literal secrets (tokens, keys, passwords typed into headers, URLs, bodies, scripts, variables, spec files): redact replaces them, fail refuses the document, warn keeps them with a warning, off does not look. The run's own key and token are removed whatever the policy.";
        readonly help: "literal secrets found in documents: redact, fail, warn or off";
        readonly commands: readonly ["backup"];
    };
    readonly secretScanAllow: {
        readonly type: "list";
        readonly input: "secret-scan-allow";
        readonly flag: "--secret-scan-allow <entries>";
        readonly default: readonly [];
        readonly description: "Known false positives of secret-scan, one per line: a rule id (e.g. postman/api-key) or a JSON pointer glob (e.g. /item/*/request/header/*/value).";
        readonly help: "rule ids or JSON pointer globs the secret scan leaves alone; repeatable or comma-separated";
        readonly commands: readonly ["backup"];
    };
    readonly concurrency: {
        readonly type: "integer";
        readonly input: "concurrency";
        readonly flag: "--concurrency <n>";
        readonly min: 1;
        readonly max: 32;
        readonly default: 4;
        readonly description: "Parallel Postman fetches (1 to 32).";
        readonly help: "parallel Postman fetches (1 to 32)";
        readonly commands: readonly ["backup"];
    };
    readonly prune: {
        readonly type: "boolean";
        readonly input: "prune";
        readonly flag: "--prune";
        readonly default: false;
        readonly description: "Remove files in directory that this action wrote for collections and environments that no longer exist in Postman. With mode: restore of a backup folder, delete documents of the workspace that the backup does not hold.";
        readonly help: {
            readonly backup: "remove files (listed in the manifest) of documents Postman no longer has";
            readonly restore: "with a backup folder: delete documents of the workspace the backup does not hold";
        };
        readonly commands: readonly ["backup", "restore"];
    };
    readonly full: {
        readonly type: "boolean";
        readonly input: "full";
        readonly flag: "--full";
        readonly default: false;
        readonly description: "Fetch every document, not only those Postman reports changed since the last backup (suggested weekly beside a nightly incremental run).";
        readonly help: "fetch every document, not only those changed since the last backup";
        readonly commands: readonly ["backup"];
    };
    readonly maxDuration: {
        readonly type: "string";
        readonly input: "max-duration";
        readonly flag: "--max-duration <duration>";
        readonly description: "Stop fetching after this long (e.g. 45m, 90s, 2h, or minutes as a number), commit what is ready and leave the rest to the next run; the step then fails. Empty: no limit.";
        readonly help: "stop fetching after this long (45m, 90s, 2h, or minutes), commit what is ready; the next run continues";
        readonly commands: readonly ["backup"];
    };
    readonly repository: {
        readonly type: "repository";
        readonly input: "repository";
        readonly flag: "--repo <owner/name>";
        readonly env: "GITHUB_REPOSITORY";
        readonly inputDefault: "${{ github.repository }}";
        readonly description: "The repository to write to, as owner/name.";
        readonly help: {
            readonly backup: "repository to write to";
            readonly restore: "repository holding the backup (with --path)";
        };
        readonly commands: readonly ["backup", "restore"];
    };
    readonly branch: {
        readonly type: "branch";
        readonly input: "branch";
        readonly flag: "--branch <branch>";
        readonly description: "Branch to write to; the repository's default branch when empty. Must exist unless create-branch is true.";
        readonly help: "branch to write to (default: the repository's default branch)";
        readonly commands: readonly ["backup"];
    };
    readonly createBranch: {
        readonly type: "boolean";
        readonly input: "create-branch";
        readonly flag: "--create-branch";
        readonly default: false;
        readonly description: "Create the branch from the default branch when it is missing.";
        readonly help: "create the branch from the default branch when missing";
        readonly commands: readonly ["backup"];
    };
    readonly pullRequest: {
        readonly type: "boolean";
        readonly input: "pull-request";
        readonly flag: "--pull-request";
        readonly default: false;
        readonly conflicts: readonly ["out"];
        readonly description: "Commit to a branch of its own (pull-request-branch) and open a pull request into branch, or update the open one, with the changelog as its body; for branches that require pull requests. Needs permissions: pull-requests: write too.";
        readonly help: "commit to a branch of its own and open (or update) a pull request into --branch";
        readonly commands: readonly ["backup"];
    };
    readonly pullRequestBranch: {
        readonly type: "branch";
        readonly input: "pull-request-branch";
        readonly flag: "--pull-request-branch <branch>";
        readonly conflicts: readonly ["out"];
        readonly description: "With pull-request: the branch the backup commits to; postman-backup/<branch> when empty. The backup owns it: it is created from branch, and starts again from branch once its pull request is merged or closed.";
        readonly help: "with --pull-request: the branch to commit to (default: postman-backup/<branch>)";
        readonly commands: readonly ["backup"];
    };
    readonly githubToken: {
        readonly type: "secret";
        readonly input: "github-token";
        readonly flag: "--token <token>";
        readonly env: "GITHUB_TOKEN";
        readonly inputDefault: "${{ github.token }}";
        readonly description: "Token that can write to the repository: the workflow token (with permissions: contents: write) or a PAT (classic: repo; fine-grained: Contents read/write, Metadata read).";
        readonly help: "GitHub token (prefer the variable)";
        readonly commands: readonly ["backup", "restore"];
    };
    readonly githubApiUrl: {
        readonly type: "url";
        readonly input: "github-api-url";
        readonly flag: "--github-api-url <url>";
        readonly env: "GITHUB_API_URL";
        readonly default: "https://api.github.com";
        readonly inputDefault: "${{ github.api_url }}";
        readonly description: "GitHub API URL. For GitHub Enterprise Server, https://HOST/api/v3.";
        readonly help: "GitHub API URL; GitHub Enterprise Server: https://HOST/api/v3";
        readonly commands: readonly ["backup", "restore"];
    };
    readonly postmanApiUrl: {
        readonly type: "url";
        readonly input: "postman-api-url";
        readonly flag: "--postman-api-url <url>";
        readonly env: "POSTMAN_API_URL";
        readonly default: "https://api.postman.com";
        readonly description: "Postman API URL. EU data residency, https://api.eu.postman.com; the legacy https://api.getpostman.com works too.";
        readonly help: "Postman API URL; EU data residency: https://api.eu.postman.com";
        readonly commands: readonly ["backup", "restore", "list"];
    };
    readonly commitMessage: {
        readonly type: "text-template";
        readonly input: "commit-message";
        readonly flag: "--commit-message <template>";
        readonly default: "Back up Postman collection {name}";
        readonly description: "Commit message template; placeholders as filename, plus {changes} (what changed, in one line).";
        readonly help: "commit message; placeholders as --filename";
        readonly commands: readonly ["backup"];
    };
    readonly validation: {
        readonly type: "choice";
        readonly input: "validation";
        readonly flag: "--validation <mode>";
        readonly choices: readonly ["strict", "lenient", "off"];
        readonly default: "lenient";
        readonly description: "strict (the official Collection Format schema), lenient (also the deviations Postman itself emits, as warnings) or off (only refuse what is not a collection).";
        readonly help: {
            readonly backup: "schema validation before writing";
            readonly restore: "schema validation of the backed-up file";
        };
        readonly commands: readonly ["backup", "restore"];
    };
    readonly dryRun: {
        readonly type: "boolean";
        readonly input: "dry-run";
        readonly flag: "--dry-run";
        readonly default: false;
        readonly description: "Do everything but write; report what would change.";
        readonly help: "do everything but write; report what would change";
        readonly commands: readonly ["backup"];
    };
    readonly mode: {
        readonly type: "choice";
        readonly input: "mode";
        readonly choices: readonly ["backup", "restore"];
        readonly default: "backup";
        readonly library: false;
        readonly description: "backup (back up to the repository) or restore (write a backed-up file from the repository back to Postman; see path, ref, to, confirm).";
        readonly commands: readonly [];
    };
    readonly path: {
        readonly type: "path";
        readonly input: "path";
        readonly flag: "--path <path>";
        readonly description: "mode: restore. Repository path of the backed-up collection or environment file to restore.";
        readonly help: "repository path of the backed-up file (with --repo)";
        readonly commands: readonly ["restore"];
    };
    readonly ref: {
        readonly type: "string";
        readonly input: "ref";
        readonly flag: "--ref <ref>";
        readonly description: "mode: restore. Branch, tag or commit to read path from; branch (or the default branch) when empty.";
        readonly help: "branch, tag or commit to read it from (default: the repository's default branch)";
        readonly commands: readonly ["restore"];
    };
    readonly to: {
        readonly type: "string";
        readonly input: "to";
        readonly flag: "--to <id>";
        readonly description: "mode: restore. ID or UID of the collection or environment to replace with the backup (PUT). Or set workspace to create a new one.";
        readonly help: "ID or UID of the collection or environment to replace (PUT)";
        readonly commands: readonly ["restore"];
    };
    readonly yes: {
        readonly type: "boolean";
        readonly input: "confirm";
        readonly flag: "--yes";
        readonly default: false;
        readonly description: "mode: restore. Must be true to write to Postman; otherwise the step only shows what would change (log and job summary).";
        readonly help: "write to Postman; without it only the plan is shown";
        readonly commands: readonly ["restore"];
    };
    readonly overwriteSecrets: {
        readonly type: "boolean";
        readonly input: "overwrite-secrets";
        readonly flag: "--overwrite-secrets";
        readonly default: false;
        readonly description: "mode: restore. Write the backup's blanked (redacted) secrets over the values Postman holds. By default a restore keeps Postman's value wherever redaction blanked one.";
        readonly help: "write the backup's blanked secrets over Postman's values (default: keep Postman's)";
        readonly commands: readonly ["restore"];
    };
    readonly dir: {
        readonly type: "string";
        readonly flag: "--dir <dir>";
        readonly conflicts: readonly ["file", "repository", "path", "ref", "to"];
        readonly description: "A local backup folder (with its .postman-backup.json) to restore into workspace, every document it holds.";
        readonly help: "a local backup folder: restore every document its manifest records (with --workspace)";
        readonly commands: readonly ["restore"];
    };
    readonly file: {
        readonly type: "string";
        readonly flag: "[file]";
        readonly conflicts: readonly ["repository", "path", "ref"];
        readonly description: "The backed-up file on disk.";
        readonly help: "the backed-up file on disk (or use --repo and --path)";
        readonly commands: readonly ["restore"];
    };
    readonly out: {
        readonly type: "string";
        readonly flag: "--out <dir>";
        readonly library: false;
        readonly conflicts: readonly ["repository", "branch", "createBranch", "githubToken"];
        readonly description: "A local folder to write the backup to instead of GitHub.";
        readonly help: "write to this local folder instead of GitHub (no git commands)";
        readonly commands: readonly ["backup"];
    };
};
export type Options = typeof OPTIONS;
export type OptionKey = keyof Options;
/** The value of an option once parsed and checked. */
export type OptionValue<K extends OptionKey> = Options[K] extends {
    type: 'boolean';
} ? boolean : Options[K] extends {
    type: 'integer';
} ? number : Options[K] extends {
    type: 'list';
} ? string[] : Options[K] extends {
    choices: ReadonlyArray<infer C>;
} ? C : string;
/** The value once defaults are applied: undefined only for options without a default (the required one is checked). */
export type ResolvedValue<K extends OptionKey> = Options[K] extends {
    default: unknown;
} | {
    required: true;
} ? OptionValue<K> : OptionValue<K> | undefined;
export type KeysOf<C extends CommandName> = {
    [K in OptionKey]: C extends Options[K]['commands'][number] ? K : never;
}[OptionKey];
export type LibraryKey = {
    [K in OptionKey]: Options[K] extends {
        library: false;
    } ? never : K;
}[OptionKey];
export declare const optionKeys: OptionKey[];
export declare function specOf(key: OptionKey): OptionSpec;
/** The option a name refers to: its library key or its action input name. */
export declare function findOption(name: string): OptionKey | undefined;
/** `--token` of `--token <token>`, `FILE` of `[file]`. */
export declare function flagName(spec: OptionSpec): string | undefined;
/**
 * Library messages name options by key in backticks (`` `postmanApiUrl` ``); a front end shows
 * them in its own words: `rename` gives its name for a key (the action's input, the CLI's flag),
 * or undefined to keep the key. Unknown words in backticks stay as they are.
 */
export declare function renameOptions(text: string, rename: (key: OptionKey) => string | undefined): string;
