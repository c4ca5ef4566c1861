import { Command } from 'commander';
import type { CliIO } from './io.js';
export type Task = () => Promise<number>;
/** The program, its commands and flags. `onTask` receives what to run once parsing succeeded. */
export declare function createProgram(io: CliIO, onTask: (task: Task) => void): Command;
/** package.json's version; the path is relative to this file in src/cli/ and in lib/cli/ alike. */
export declare function packageVersion(): string;
