import type { CliIO } from './io.js';
export type { CliIO } from './io.js';
/**
 * Runs the CLI in-process and returns the exit code: 0 ok, 1 failure, 2 usage error. Nothing
 * printed ever contains the Postman key or the GitHub token (nor their base64 or URL forms).
 */
export declare function main(argv: string[], io: CliIO): Promise<number>;
