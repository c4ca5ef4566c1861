import { type KindModule } from './types.js';
/** The name of a spec folder's description file; a spec file of that name at the root is refused. */
export declare const SPEC_META_NAME = "spec.json";
export declare const specKind: KindModule;
