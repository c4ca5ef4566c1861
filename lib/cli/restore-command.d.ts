import { type CliIO, type OutputFlags } from './io.js';
import { type GivenFlags } from './flags.js';
export declare function restoreCommand(given: GivenFlags, flags: OutputFlags, io: CliIO): Promise<number>;
