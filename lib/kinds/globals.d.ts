import { type KindModule } from './types.js';
export declare const GLOBALS_NAME = "Globals";
export declare const globalsKind: KindModule;
