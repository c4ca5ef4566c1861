import { type CliIO, type OutputFlags } from './io.js';
import type { GivenFlags } from './flags.js';
export declare function listCommand(given: GivenFlags, flags: OutputFlags, io: CliIO): Promise<number>;
