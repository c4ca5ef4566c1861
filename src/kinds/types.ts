// What the pipeline, list, manifest and summary need to know about one kind of document. Each kind
// says it once, in its own module (collection.ts, environment.ts, globals.ts, spec.ts); index.ts
// is the registry they iterate over.
import type { PostmanClient } from '../postman/client.js'
import type { SecretScanOptions } from '../scan/index.js'
import type { KindScanResult } from './secret-scan.js'
import type { RedactedField, RedactMode } from '../redact.js'
import type { ValidationMode, ValidationResult } from '../schema/index.js'

/** Every kind of document a backup holds. */
export type DocumentKind = 'collection' | 'environment' | 'globals' | 'spec'

/** A document as a list (or a direct fetch) describes it: the record every stage passes around. */
export interface DocumentRecord {
  kind: DocumentKind
  id: string
  uid: string
  name: string
  /** As the list reported it; absent for kinds whose changes are told by content. */
  updatedAt?: string
}

/** A document as its list endpoint describes it, before the kind is attached. */
export type ListedDocument = Omit<DocumentRecord, 'kind'> & {
  /** The document itself, when listing it fetched it (globals: one call says both). */
  document?: Record<string, unknown>
}

/** The backup options that name documents of a kind (lists of names, IDs, UIDs or `*`). */
export type ReferencesOption = 'collections' | 'environments' | 'specs'

/** The backup options holding a kind's file name template. */
export type TemplateOption = 'filename' | 'environmentFilename' | 'globalsFilename'

/** A file a document is stored as, besides its main file: a path relative to the main file's folder. */
export interface ExtraFile {
  path: string
  content: string
}

/** Everything the backup pipeline, list, manifest and summary need to know about one kind. */
export interface KindModule {
  readonly kind: DocumentKind
  /** In messages: `collection "Orders"`. */
  readonly label: string
  /** At the start of a sentence or a heading: `Collection "Orders"`. */
  readonly title: string
  /** Counts: `2 collections`. */
  readonly plural: string
  /** The option naming which documents to back up; none: `selectAll` decides (globals). */
  readonly referencesOption?: ReferencesOption
  /** The file name template option and its action input (for messages); none: `fileName` ignores it. */
  readonly template?: { readonly option: TemplateOption; readonly input: string }
  /**
   * How a run tells that a document changed: by the `updatedAt` its list reports (unchanged
   * documents are not fetched), or by content (always fetched; an unchanged file is not rewritten).
   */
  readonly changes: 'updatedAt' | 'content'
  /** Whether the summary's counts always name this kind (0 included), or only when there are some. */
  readonly alwaysCounted: boolean
  /**
   * Whether the main file's folder holds this document alone (a spec's folder): files there the
   * document no longer has are removed, and the whole folder goes when the document does.
   */
  readonly ownsFolder: boolean
  /** Whether `list` needs a workspace (a kind Postman only lists per workspace). */
  readonly needsWorkspace: boolean
  /** Every document of the kind visible to the key (in `workspace` when given). */
  list(client: PostmanClient, workspace: string | undefined): Promise<ListedDocument[]>
  /** The document as stored (before validation and redaction). */
  fetch(client: PostmanClient, idOrUid: string): Promise<Record<string, unknown>>
  /** Identity of a document fetched directly (by a reference the list did not show). */
  describe(document: Record<string, unknown>, reference: string): { id: string; uid: string; name: string }
  validate(document: unknown, mode: ValidationMode): ValidationResult
  /** The format named in a validation error: `Postman Collection v2.1.0`. */
  formatName(version: string | undefined): string
  /** Appended to a validation error in `mode`. */
  validationHint?(mode: ValidationMode): string
  redact(document: Record<string, unknown>, mode: RedactMode): { document: unknown; redacted: RedactedField[] }
  /** The secret scan (src/scan) over the redacted document: its strings, or its files as text. */
  scan(document: unknown, options: SecretScanOptions): Promise<KindScanResult>
  /** The redaction mode the manifest records (a kind without secrets records `none`). */
  redactMode(mode: RedactMode): string
  /**
   * Where the document goes, relative to the backup directory: the manifest key. `name` is the
   * document's name (or a collision-suffixed one); the template is the kind's option value.
   */
  fileName(template: string, values: { name: string; id: string; uid: string }): string
  /** The stored bytes: the main file, and other files beside it (a spec's files). */
  serialize(document: unknown): { content: string; extra: ExtraFile[] }
  /** ID and `updatedAt` of a stored or fetched document, to tell a newer backup from an older fetch. */
  stamp(document: Record<string, unknown> | undefined): { id: unknown; updatedAt: unknown }
}

/** The bytes we store: pretty JSON with a trailing newline, so diffs stay small and stable. */
export function serializeJson(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`
}
