import { type SecretFindingAction, type SecretScanOptions } from '../scan/index.js';
export interface KindSecretFinding {
    /** JSON pointer of the value that held it (a spec file: `/files/<i>/content`, with its `line`). */
    pointer: string;
    line?: number;
    rule: string;
    action: SecretFindingAction;
}
export interface KindScanResult {
    /** The document to serialize: secrets replaced (policy redact) and the run's own credentials removed. */
    document: unknown;
    findings: KindSecretFinding[];
    /** Policy fail and a finding not allowed: the document must not be written. */
    refused: boolean;
}
/** Every string of a JSON document. */
export declare function scanJson(document: unknown, options: SecretScanOptions): Promise<KindScanResult>;
/** A spec: each file's content as text; the other fields are names and types. */
export declare function scanSpecFiles(document: unknown, options: SecretScanOptions): Promise<KindScanResult>;
