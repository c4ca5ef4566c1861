// The registry of document kinds: the pipeline, list, manifest, summary and restore iterate over
// KINDS instead of branching on a kind. To add a kind: a module like collection.ts, and an entry here.
import { collectionKind } from './collection.js'
import { environmentKind } from './environment.js'
import { globalsKind } from './globals.js'
import { specKind } from './spec.js'
import type { DocumentKind, KindModule } from './types.js'

export type {
  BackupFolderReader,
  DocumentKind,
  DocumentRecord,
  DocumentRestore,
  ExtraFile,
  FilesPlan,
  KindModule,
  KindRestore,
  ListedDocument,
  OwnRestorePlan,
  OwnRestoreRequest,
  ReferencesOption,
  TemplateOption,
  WorkspaceDocumentRestore
} from './types.js'
export { serializeJson } from './types.js'
export type { KindScanResult, KindSecretFinding } from './secret-scan.js'
export { GLOBALS_NAME } from './globals.js'
export { SPEC_META_NAME } from './spec.js'

/** Every kind, in the order runs list them, files are reported and counts are told. */
export const KINDS: readonly KindModule[] = [collectionKind, environmentKind, globalsKind, specKind]

const byKind = new Map<DocumentKind, KindModule>(KINDS.map((k) => [k.kind, k]))

/** The module of a kind. */
export function kindOf(kind: DocumentKind): KindModule {
  const found = byKind.get(kind)
  if (!found) throw new Error(`Unknown document kind "${kind}".`)
  return found
}

/** Whether a manifest's `kind` is one this version knows. */
export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && byKind.has(value as DocumentKind)
}

/** `2 collections`, `1 environment`, `1 globals`. */
export function countLabel(kind: DocumentKind, n: number): string {
  const module = kindOf(kind)
  return `${n} ${n === 1 ? module.label : module.plural}`
}

/** Counts per kind, for results and summaries: every kind, 0 included. */
export function countByKind(documents: ReadonlyArray<{ kind: DocumentKind }>): Record<DocumentKind, number> {
  const counts = Object.fromEntries(KINDS.map((k) => [k.kind, 0])) as Record<DocumentKind, number>
  for (const { kind } of documents) counts[kind] += 1
  return counts
}
