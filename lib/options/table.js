// Every option, declared once: its library key, action input, CLI flag and environment variable,
// type, default, choices, description and the commands that use it. The action's input reading,
// the CLI's flags and the library's checks (resolve.ts) are derived from this table, and a test
// compares it with action.yml and the README. Data only, so errors.ts can name options from it.
import { ACTION_MODES, REDACT_MODES, VALIDATION_MODES } from '../modes.js';
export const MODES = ACTION_MODES;
export const OPTIONS = {
    postmanApiKey: {
        type: 'secret',
        input: 'postman-api-key',
        flag: '--api-key <key>',
        env: 'POSTMAN_API_KEY',
        required: true,
        description: 'Postman API key, sent as X-Api-Key. Pass it from a secret; it is masked in logs.',
        help: 'Postman API key (prefer the variable: arguments show in process lists)',
        commands: ['backup', 'restore', 'list']
    },
    collections: {
        type: 'list',
        input: 'collection',
        flag: '--collection <refs>',
        default: [],
        description: 'Collections to back up: a name, ID or UID, or several (one per line), or * for every collection visible to the key (in workspace when given).',
        help: 'collection name, ID or UID; repeatable or comma-separated; * for all',
        commands: ['backup']
    },
    environments: {
        type: 'list',
        input: 'environment',
        flag: '--environment <refs>',
        default: [],
        description: 'Environments to back up: names, IDs or UIDs (one per line), or * for all.',
        help: 'environment name, ID or UID; repeatable or comma-separated; * for all',
        commands: ['backup']
    },
    specs: {
        type: 'list',
        input: 'spec',
        flag: '--spec <refs>',
        default: [],
        description: 'API specifications (Spec Hub) to back up: names or IDs (one per line), or * for every spec of workspace. Each goes to specs/<name>/ with its files as they are.',
        help: 'spec name or ID; repeatable or comma-separated; * for all (names and * need --workspace)',
        commands: ['backup']
    },
    globals: {
        type: 'boolean',
        input: 'globals',
        flag: '--globals',
        description: "Back up the workspace's globals (secret values redacted as in environments). Default: true when workspace is set and collection is *.",
        help: "back up the workspace's globals (default: with --workspace and --collection '*')",
        commands: ['backup']
    },
    workspace: {
        type: 'string',
        input: 'workspace',
        flag: '--workspace <id>',
        description: 'Workspace ID that scopes lookups by name and *. With mode: restore, the workspace to create the restored collection or environment in (instead of to).',
        help: {
            backup: 'workspace ID that scopes names and *',
            restore: 'workspace ID to create it in (POST)',
            list: "only this workspace's"
        },
        commands: ['backup', 'restore', 'list']
    },
    directory: {
        type: 'directory',
        input: 'directory',
        flag: '--directory <dir>',
        default: 'Postman collections',
        emptyFlag: '',
        description: 'Folder in the repository for the backup file; created implicitly. / for the repository root.',
        help: 'folder in the repository (or in --out); "/" or "" for the root',
        commands: ['backup']
    },
    filename: {
        type: 'file-template',
        input: 'filename',
        flag: '--filename <template>',
        default: '{name}.postman_collection.json',
        description: 'File name template. Placeholders {name}, {id}, {uid}; characters not allowed in a path are replaced by "_".',
        help: 'collection file name; placeholders {name} {id} {uid}',
        commands: ['backup']
    },
    environmentFilename: {
        type: 'file-template',
        input: 'environment-filename',
        flag: '--environment-filename <template>',
        default: '{name}.postman_environment.json',
        description: 'File name template for environments; placeholders as filename.',
        help: 'environment file name; placeholders as --filename',
        commands: ['backup']
    },
    globalsFilename: {
        type: 'file-template',
        input: 'globals-filename',
        flag: '--globals-filename <template>',
        default: 'globals.postman_globals.json',
        description: 'File name of the workspace globals; placeholders as filename ({name} is Globals, {id} the workspace).',
        help: 'globals file name; placeholders as --filename',
        commands: ['backup']
    },
    exclude: {
        type: 'list',
        input: 'exclude',
        flag: '--exclude <patterns>',
        default: [],
        description: 'Names (or IDs) or glob patterns (* and ?) of collections and environments to skip, one per line.',
        help: 'names, IDs or globs (* ?) to skip; repeatable or comma-separated',
        commands: ['backup']
    },
    redact: {
        type: 'choice',
        input: 'redact',
        flag: '--redact <mode>',
        choices: REDACT_MODES,
        default: 'secrets',
        description: 'secrets: blank secret variables and the credential fields of auth blocks before writing; none: store as fetched.',
        help: 'blank secret variables and auth credentials, or store as fetched',
        commands: ['backup']
    },
    secretScan: {
        type: 'choice',
        input: 'secret-scan',
        flag: '--secret-scan <policy>',
        choices: ['redact', 'fail', 'warn', 'off'],
        default: 'redact',
        description: "Literal secrets (tokens, keys, passwords typed into headers, URLs, bodies, scripts, variables, spec files): redact replaces them, fail refuses the document, warn keeps them with a warning, off does not look. The run's own key and token are removed whatever the policy.",
        help: 'literal secrets found in documents: redact, fail, warn or off',
        commands: ['backup']
    },
    secretScanAllow: {
        type: 'list',
        input: 'secret-scan-allow',
        flag: '--secret-scan-allow <entries>',
        default: [],
        description: 'Known false positives of secret-scan, one per line: a rule id (e.g. postman/api-key) or a JSON pointer glob (e.g. /item/*/request/header/*/value).',
        help: 'rule ids or JSON pointer globs the secret scan leaves alone; repeatable or comma-separated',
        commands: ['backup']
    },
    concurrency: {
        type: 'integer',
        input: 'concurrency',
        flag: '--concurrency <n>',
        min: 1,
        max: 32,
        default: 4,
        description: 'Parallel Postman fetches (1 to 32).',
        help: 'parallel Postman fetches (1 to 32)',
        commands: ['backup']
    },
    prune: {
        type: 'boolean',
        input: 'prune',
        flag: '--prune',
        default: false,
        description: 'Remove files in directory that this action wrote for collections and environments that no longer exist in Postman. With mode: restore of a backup folder, delete documents of the workspace that the backup does not hold.',
        help: {
            backup: 'remove files (listed in the manifest) of documents Postman no longer has',
            restore: 'with a backup folder: delete documents of the workspace the backup does not hold'
        },
        commands: ['backup', 'restore']
    },
    full: {
        type: 'boolean',
        input: 'full',
        flag: '--full',
        default: false,
        description: 'Fetch every document, not only those Postman reports changed since the last backup (suggested weekly beside a nightly incremental run).',
        help: 'fetch every document, not only those changed since the last backup',
        commands: ['backup']
    },
    maxDuration: {
        type: 'string',
        input: 'max-duration',
        flag: '--max-duration <duration>',
        description: 'Stop fetching after this long (e.g. 45m, 90s, 2h, or minutes as a number), commit what is ready and leave the rest to the next run; the step then fails. Empty: no limit.',
        help: 'stop fetching after this long (45m, 90s, 2h, or minutes), commit what is ready; the next run continues',
        commands: ['backup']
    },
    repository: {
        type: 'repository',
        input: 'repository',
        flag: '--repo <owner/name>',
        env: 'GITHUB_REPOSITORY',
        inputDefault: '${{ github.repository }}',
        description: 'The repository to write to, as owner/name.',
        help: { backup: 'repository to write to', restore: 'repository holding the backup (with --path)' },
        commands: ['backup', 'restore']
    },
    branch: {
        type: 'branch',
        input: 'branch',
        flag: '--branch <branch>',
        description: "Branch to write to; the repository's default branch when empty. Must exist unless create-branch is true.",
        help: "branch to write to (default: the repository's default branch)",
        commands: ['backup']
    },
    createBranch: {
        type: 'boolean',
        input: 'create-branch',
        flag: '--create-branch',
        default: false,
        description: 'Create the branch from the default branch when it is missing.',
        help: 'create the branch from the default branch when missing',
        commands: ['backup']
    },
    pullRequest: {
        type: 'boolean',
        input: 'pull-request',
        flag: '--pull-request',
        default: false,
        conflicts: ['out'],
        description: 'Commit to a branch of its own (pull-request-branch) and open a pull request into branch, or update the open one, with the changelog as its body; for branches that require pull requests. Needs permissions: pull-requests: write too.',
        help: 'commit to a branch of its own and open (or update) a pull request into --branch',
        commands: ['backup']
    },
    pullRequestBranch: {
        type: 'branch',
        input: 'pull-request-branch',
        flag: '--pull-request-branch <branch>',
        conflicts: ['out'],
        description: 'With pull-request: the branch the backup commits to; postman-backup/<branch> when empty. The backup owns it: it is created from branch, and starts again from branch once its pull request is merged or closed.',
        help: 'with --pull-request: the branch to commit to (default: postman-backup/<branch>)',
        commands: ['backup']
    },
    githubToken: {
        type: 'secret',
        input: 'github-token',
        flag: '--token <token>',
        env: 'GITHUB_TOKEN',
        inputDefault: '${{ github.token }}',
        description: 'Token that can write to the repository: the workflow token (with permissions: contents: write) or a PAT (classic: repo; fine-grained: Contents read/write, Metadata read).',
        help: 'GitHub token (prefer the variable)',
        commands: ['backup', 'restore']
    },
    githubApiUrl: {
        type: 'url',
        input: 'github-api-url',
        flag: '--github-api-url <url>',
        env: 'GITHUB_API_URL',
        default: 'https://api.github.com',
        inputDefault: '${{ github.api_url }}',
        description: 'GitHub API URL. For GitHub Enterprise Server, https://HOST/api/v3.',
        help: 'GitHub API URL; GitHub Enterprise Server: https://HOST/api/v3',
        commands: ['backup', 'restore']
    },
    postmanApiUrl: {
        type: 'url',
        input: 'postman-api-url',
        flag: '--postman-api-url <url>',
        env: 'POSTMAN_API_URL',
        // postman/client.ts's DEFAULT_POSTMAN_API_URL; a test keeps them equal.
        default: 'https://api.postman.com',
        description: 'Postman API URL. EU data residency, https://api.eu.postman.com; the legacy https://api.getpostman.com works too.',
        help: 'Postman API URL; EU data residency: https://api.eu.postman.com',
        commands: ['backup', 'restore', 'list']
    },
    commitMessage: {
        type: 'text-template',
        input: 'commit-message',
        flag: '--commit-message <template>',
        default: 'Back up Postman collection {name}',
        description: 'Commit message template; placeholders as filename, plus {changes} (what changed, in one line).',
        help: 'commit message; placeholders as --filename',
        commands: ['backup']
    },
    validation: {
        type: 'choice',
        input: 'validation',
        flag: '--validation <mode>',
        choices: VALIDATION_MODES,
        default: 'lenient',
        description: 'strict (the official Collection Format schema), lenient (also the deviations Postman itself emits, as warnings) or off (only refuse what is not a collection).',
        help: { backup: 'schema validation before writing', restore: 'schema validation of the backed-up file' },
        commands: ['backup', 'restore']
    },
    dryRun: {
        type: 'boolean',
        input: 'dry-run',
        flag: '--dry-run',
        default: false,
        description: 'Do everything but write; report what would change.',
        help: 'do everything but write; report what would change',
        commands: ['backup']
    },
    mode: {
        type: 'choice',
        input: 'mode',
        choices: MODES,
        default: 'backup',
        library: false,
        description: 'backup (back up to the repository) or restore (write a backed-up file from the repository back to Postman; see path, ref, to, confirm).',
        commands: []
    },
    path: {
        type: 'path',
        input: 'path',
        flag: '--path <path>',
        description: 'mode: restore. Repository path of the backed-up collection or environment file to restore.',
        help: 'repository path of the backed-up file (with --repo)',
        commands: ['restore']
    },
    ref: {
        type: 'string',
        input: 'ref',
        flag: '--ref <ref>',
        description: 'mode: restore. Branch, tag or commit to read path from; branch (or the default branch) when empty.',
        help: "branch, tag or commit to read it from (default: the repository's default branch)",
        commands: ['restore']
    },
    to: {
        type: 'string',
        input: 'to',
        flag: '--to <id>',
        description: 'mode: restore. ID or UID of the collection or environment to replace with the backup (PUT). Or set workspace to create a new one.',
        help: 'ID or UID of the collection or environment to replace (PUT)',
        commands: ['restore']
    },
    yes: {
        type: 'boolean',
        input: 'confirm',
        flag: '--yes',
        default: false,
        description: 'mode: restore. Must be true to write to Postman; otherwise the step only shows what would change (log and job summary).',
        help: 'write to Postman; without it only the plan is shown',
        commands: ['restore']
    },
    overwriteSecrets: {
        type: 'boolean',
        input: 'overwrite-secrets',
        flag: '--overwrite-secrets',
        default: false,
        description: "mode: restore. Write the backup's blanked (redacted) secrets over the values Postman holds. By default a restore keeps Postman's value wherever redaction blanked one.",
        help: "write the backup's blanked secrets over Postman's values (default: keep Postman's)",
        commands: ['restore']
    },
    dir: {
        type: 'string',
        flag: '--dir <dir>',
        conflicts: ['file', 'repository', 'path', 'ref', 'to'],
        description: 'A local backup folder (with its .postman-backup.json) to restore into workspace, every document it holds.',
        help: 'a local backup folder: restore every document its manifest records (with --workspace)',
        commands: ['restore']
    },
    file: {
        type: 'string',
        flag: '[file]',
        conflicts: ['repository', 'path', 'ref'],
        description: 'The backed-up file on disk.',
        help: 'the backed-up file on disk (or use --repo and --path)',
        commands: ['restore']
    },
    out: {
        type: 'string',
        flag: '--out <dir>',
        library: false,
        conflicts: ['repository', 'branch', 'createBranch', 'githubToken'],
        description: 'A local folder to write the backup to instead of GitHub.',
        help: 'write to this local folder instead of GitHub (no git commands)',
        commands: ['backup']
    }
};
export const optionKeys = Object.keys(OPTIONS);
export function specOf(key) {
    return OPTIONS[key];
}
const byName = new Map();
for (const key of optionKeys) {
    byName.set(key, key);
    const input = specOf(key).input;
    if (input)
        byName.set(input, key);
}
/** The option a name refers to: its library key or its action input name. */
export function findOption(name) {
    return byName.get(name);
}
/** `--token` of `--token <token>`, `FILE` of `[file]`. */
export function flagName(spec) {
    if (!spec.flag)
        return undefined;
    const positional = /^[[<](.+)[\]>]$/.exec(spec.flag);
    return positional ? positional[1].toUpperCase() : spec.flag.split(' ')[0];
}
/**
 * Library messages name options by key in backticks (`` `postmanApiUrl` ``); a front end shows
 * them in its own words: `rename` gives its name for a key (the action's input, the CLI's flag),
 * or undefined to keep the key. Unknown words in backticks stay as they are.
 */
export function renameOptions(text, rename) {
    return text.replace(/`([A-Za-z][\w-]*)`/g, (whole, name) => {
        const key = byName.get(name);
        return key ? `\`${rename(key) ?? key}\`` : whole;
    });
}
