import type { PostmanClient, WrittenDocument } from '../postman/client.js';
import type { SecretScanOptions } from '../scan/index.js';
import type { KindScanResult } from './secret-scan.js';
import type { RedactedField, RedactMode } from '../redact.js';
import type { ValidationMode, ValidationResult } from '../schema/index.js';
import type { Json } from '../util/json.js';
/** Every kind of document a backup holds. */
export type DocumentKind = 'collection' | 'environment' | 'globals' | 'spec';
/** A document as a list (or a direct fetch) describes it: the record every stage passes around. */
export interface DocumentRecord {
    kind: DocumentKind;
    id: string;
    uid: string;
    name: string;
    /**
     * As the list reported it: a document whose `updatedAt` the manifest records is not fetched again.
     * Absent for kinds whose changes are told by content (always fetched; an unchanged file is not rewritten).
     */
    updatedAt?: string;
}
/** A document as its list endpoint describes it, before the kind is attached. */
export type ListedDocument = Omit<DocumentRecord, 'kind'> & {
    /** The document itself, when listing it fetched it (globals: one call says both). */
    document?: Record<string, unknown>;
};
/** The backup options that name documents of a kind (lists of names, IDs, UIDs or `*`). */
export type ReferencesOption = 'collections' | 'environments' | 'specs';
/** The backup options holding a kind's file name template. */
export type TemplateOption = 'filename' | 'environmentFilename' | 'globalsFilename';
/** A file a document is stored as, besides its main file: a path relative to the main file's folder. */
export interface ExtraFile {
    path: string;
    content: string;
}
/** Everything the backup pipeline, list, manifest and summary need to know about one kind. */
export interface KindModule {
    readonly kind: DocumentKind;
    /** In messages: `collection "Orders"`. */
    readonly label: string;
    /** At the start of a sentence or a heading: `Collection "Orders"`. */
    readonly title: string;
    /** Counts: `2 collections`. */
    readonly plural: string;
    /** The option naming which documents to back up; none: `selectAll` decides (globals). */
    readonly referencesOption?: ReferencesOption;
    /** The file name template option and its action input (for messages); none: `fileName` ignores it. */
    readonly template?: {
        readonly option: TemplateOption;
        readonly input: string;
    };
    /** Whether the summary's counts always name this kind (0 included), or only when there are some. */
    readonly alwaysCounted: boolean;
    /**
     * Whether the main file's folder holds this document alone (a spec's folder): files there the
     * document no longer has are removed, and the whole folder goes when the document does.
     */
    readonly ownsFolder: boolean;
    /** Whether `list` needs a workspace (a kind Postman only lists per workspace). */
    readonly needsWorkspace: boolean;
    /** Every document of the kind visible to the key (in `workspace` when given). */
    list(client: PostmanClient, workspace: string | undefined): Promise<ListedDocument[]>;
    /** The document as stored (before validation and redaction). */
    fetch(client: PostmanClient, idOrUid: string): Promise<Record<string, unknown>>;
    /** Identity of a document fetched directly (by a reference the list did not show). */
    describe(document: Record<string, unknown>, reference: string): {
        id: string;
        uid: string;
        name: string;
    };
    validate(document: unknown, mode: ValidationMode): ValidationResult;
    /** The format named in a validation error: `Postman Collection v2.1.0`. */
    formatName(version: string | undefined): string;
    /** Appended to a validation error in `mode`. */
    validationHint?(mode: ValidationMode): string;
    redact(document: Record<string, unknown>, mode: RedactMode): {
        document: unknown;
        redacted: RedactedField[];
    };
    /** The secret scan (src/scan) over the redacted document: its strings, or its files as text. */
    scan(document: unknown, options: SecretScanOptions): Promise<KindScanResult>;
    /** The redaction mode the manifest records (a kind without secrets records `none`). */
    redactMode(mode: RedactMode): string;
    /**
     * Where the document goes, relative to the backup directory: the manifest key. `name` is the
     * document's name (or a collision-suffixed one); the template is the kind's option value.
     */
    fileName(template: string, values: {
        name: string;
        id: string;
        uid: string;
    }): string;
    /** The stored bytes: the main file, and other files beside it (a spec's files). */
    serialize(document: unknown): {
        content: string;
        extra: ExtraFile[];
    };
    /** ID and `updatedAt` of a stored or fetched document, to tell a newer backup from an older fetch. */
    stamp(document: Record<string, unknown> | undefined): {
        id: unknown;
        updatedAt: unknown;
    };
    /** How restore (src/restore) takes the kind's documents back to Postman; absent: restore skips the kind. */
    readonly restore?: KindRestore;
}
/**
 * How restore writes documents of a kind. A kind restores through one of three flows of
 * src/restore, by what it provides: `document` (load → plan → apply, one document at a time:
 * collections, environments), `workspaceDocument` (one per workspace, replaced: globals), or its
 * own `plan` (specs, file by file).
 */
export interface KindRestore {
    /**
     * Whether its documents hold folders and requests (`item`): plans count them, secrets are
     * matched by item ID and labelled by the item's path, and item IDs are kept over the same document.
     */
    readonly holdsItems: boolean;
    /**
     * A whole-workspace restore lists the target's documents of the kind (`list`), matches the
     * backup's to them (own ID, journal, name) and, with prune, deletes the others with `delete`.
     * Absent: the kind is not matched (globals: one per workspace).
     */
    readonly matching?: {
        delete(client: PostmanClient, id: string): Promise<void>;
    };
    readonly document?: DocumentRestore;
    readonly workspaceDocument?: WorkspaceDocumentRestore;
    /** The kind's own plan of one backed-up document in a whole-workspace restore (specs). */
    plan?(request: OwnRestoreRequest): Promise<OwnRestorePlan>;
}
/** A kind restored one document at a time: a file (`restoreBackup`) or a manifest entry of a folder. */
export interface DocumentRestore {
    /** The member of the Postman API's envelope (`{collection: …}`), unwrapped when a file holds one. */
    readonly envelope: string;
    /** Whether an (unwrapped) document has the kind's shape; kinds are tried in registry order. */
    holds(document: Json): boolean;
    /** The shape, for the message refusing a file of no kind: `{info, item}`. */
    readonly shape: string;
    /** The name of a document (backed up, or Postman's current one). */
    nameOf(document: Json): string;
    /** Things worth knowing before writing the backup (a format Postman may refuse). */
    warnings?(document: Json): string[];
    /**
     * The body to send, Postman-managed fields dropped. Item IDs are kept only over the same
     * document (`keepIds`): Postman refuses IDs that belong to another or already exist.
     */
    payload(document: Json, keepIds: {
        targetId: string;
    } | false): Json;
    /** POST into `workspace`. */
    create(client: PostmanClient, payload: Json, workspace: string | undefined): Promise<WrittenDocument>;
    /** PUT over `id`. */
    update(client: PostmanClient, id: string, payload: Json): Promise<WrittenDocument>;
}
/** A document a workspace holds once (globals): read and replaced by the workspace's ID, never created or deleted. */
export interface WorkspaceDocumentRestore {
    /** Its name in plans. */
    readonly name: string;
    /** What a backed-up file restores, checked (`label` names the file in the error). */
    fromFile(file: Json, label: string): Json;
    /** What the workspace holds now, in the same shape. */
    current(client: PostmanClient, workspace: string): Promise<Json>;
    replace(client: PostmanClient, workspace: string, document: Json): Promise<void>;
}
/** The files of a backup folder, for a kind that reads its own (a spec's folder). */
export interface BackupFolderReader {
    /** The folder, for messages. */
    readonly label: string;
    /** A file's bytes (path relative to the folder); undefined when missing. */
    read(path: string): Promise<Buffer | undefined>;
    /** A file's bytes as a JSON object; anything else is refused (CollectionValidationError naming `label`). */
    parseJson(bytes: Buffer, label: string): Json;
}
export interface OwnRestoreRequest {
    client: PostmanClient;
    folder: BackupFolderReader;
    /** The manifest's entry: its path (key), the document's ID and name when backed up. */
    record: {
        path: string;
        id: string;
        name: string;
    };
    /** The entry's file, for messages. */
    label: string;
    /** The target workspace's document it goes over; none: create. */
    target?: {
        id: string;
        name: string;
    };
    workspace: string;
    prune: boolean;
}
/** A document restored file by file: what changes per file. */
export interface FilesPlan {
    added: string[];
    changed: string[];
    /** In Postman but not in the backup: deleted with `prune`, else left as they are. */
    extra: string[];
    unchanged: number;
    /** Other changes (the ROOT file, the name). */
    properties: string[];
}
export interface OwnRestorePlan {
    name: string;
    action: 'create' | 'update' | 'unchanged';
    files: FilesPlan;
    /** Writes the plan: the ID written, and whether it was created. */
    apply(): Promise<{
        id: string;
        created: boolean;
    }>;
}
/** The bytes we store: pretty JSON with a trailing newline, so diffs stay small and stable. */
export declare function serializeJson(document: unknown): string;
