import type { DiffKind } from './kinds.js';
import { type Json } from '../util/json.js';
export declare const MANAGED_INFO_FIELDS: string[];
export declare const MANAGED_ITEM_FIELDS: string[];
/** A copy without the fields the Postman API manages (IDs, timestamps, owner): what a restore compares. */
export declare function withoutManagedFields<T>(kind: DiffKind, document: T): T;
/** Deletes a document's own managed fields, in place: a collection's in `info`, an environment's at the top. */
export declare function deleteOwnManagedFields(kind: DiffKind, document: Json): void;
/** Deletes an item's (and its responses') managed fields; `ids: false` keeps their `id`. */
export declare function stripItem(item: Json, ids: boolean): void;
/** Visits every folder and request of a collection, depth first, with its path of names. */
export declare function forEachItem(node: Json, visit: (item: Json, path: string[]) => void, path?: string[]): void;
