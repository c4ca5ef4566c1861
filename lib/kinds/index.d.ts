import type { DocumentKind, KindModule } from './types.js';
export type { BackupFolderReader, DocumentKind, DocumentRecord, DocumentRestore, ExtraFile, FilesPlan, KindModule, KindRestore, ListedDocument, OwnRestorePlan, OwnRestoreRequest, ReferencesOption, TemplateOption, WorkspaceDocumentRestore } from './types.js';
export { serializeJson } from './types.js';
export type { KindScanResult, KindSecretFinding } from './secret-scan.js';
export { GLOBALS_NAME } from './globals.js';
export { SPEC_META_NAME } from './spec.js';
/** Every kind, in the order runs list them, files are reported and counts are told. */
export declare const KINDS: readonly KindModule[];
/** The module of a kind. */
export declare function kindOf(kind: DocumentKind): KindModule;
/** Whether a manifest's `kind` is one this version knows. */
export declare function isDocumentKind(value: unknown): value is DocumentKind;
/** `2 collections`, `1 environment`, `1 globals`. */
export declare function countLabel(kind: DocumentKind, n: number): string;
/** Counts per kind, for results and summaries: every kind, 0 included. */
export declare function countByKind(documents: ReadonlyArray<{
    kind: DocumentKind;
}>): Record<DocumentKind, number>;
