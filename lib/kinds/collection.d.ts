import { type KindModule } from './types.js';
export declare const collectionKind: KindModule;
