// The fields the Postman API sets itself (IDs, timestamps, owner): no diff compares them, a restore
// never sends them (except a collection's own item IDs when it goes back over itself).
import type { DiffKind } from './kinds.js'
import { isObject, type Json } from '../util/json.js'

export const MANAGED_INFO_FIELDS = ['_postman_id', 'uid', 'createdAt', 'updatedAt', 'lastUpdatedBy']
export const MANAGED_ITEM_FIELDS = ['id', 'uid', 'createdAt', 'updatedAt', 'lastUpdatedBy']
const MANAGED_ENVIRONMENT_FIELDS = [
  'id',
  'uid',
  'owner',
  'createdAt',
  'updatedAt',
  'isPublic',
  '_postman_exported_at',
  '_postman_exported_using',
  '_postman_variable_scope'
]

/** A copy without the fields the Postman API manages (IDs, timestamps, owner): what a restore compares. */
export function withoutManagedFields<T>(kind: DiffKind, document: T): T {
  const copy = structuredClone(document) as unknown
  if (!isObject(copy)) return copy as T
  deleteOwnManagedFields(kind, copy)
  if (kind === 'collection') forEachItem(copy, (item) => stripItem(item, true))
  return copy as T
}

/** Deletes a document's own managed fields, in place: a collection's in `info`, an environment's at the top. */
export function deleteOwnManagedFields(kind: DiffKind, document: Json): void {
  const holder = kind === 'collection' ? document.info : document
  if (!isObject(holder)) return
  for (const field of kind === 'collection' ? MANAGED_INFO_FIELDS : MANAGED_ENVIRONMENT_FIELDS) delete holder[field]
}

/** Deletes an item's (and its responses') managed fields; `ids: false` keeps their `id`. */
export function stripItem(item: Json, ids: boolean): void {
  for (const field of MANAGED_ITEM_FIELDS) if (ids || field !== 'id') delete item[field]
  if (Array.isArray(item.response)) {
    for (const response of item.response)
      if (isObject(response)) for (const field of MANAGED_ITEM_FIELDS) if (ids || field !== 'id') delete response[field]
  }
}

/** Visits every folder and request of a collection, depth first, with its path of names. */
export function forEachItem(node: Json, visit: (item: Json, path: string[]) => void, path: string[] = []): void {
  if (!Array.isArray(node.item)) return
  for (const item of node.item) {
    if (!isObject(item)) continue
    const itemPath = [...path, typeof item.name === 'string' ? item.name : '']
    visit(item, itemPath)
    forEachItem(item, visit, itemPath)
  }
}
