// Applying a plan: the only part of restore that writes to Postman. PUT over the target, or POST
// into the workspace; nothing without `yes`, nothing when Postman already holds the backup.
import type { Logger } from '../logger.js'
import type { DocumentKind } from '../manifest.js'
import type { PostmanClient, WrittenDocument } from '../postman/client.js'
import { isObject, type Json } from '../util/json.js'
import { forEachItem, MANAGED_INFO_FIELDS, stripItem } from '../diff/managed-fields.js'
import type { PreparedRestore, RestorePlan } from './plan.js'

export interface RestoreResult {
  plan: RestorePlan
  /** True when Postman was written to. */
  written: boolean
  /** The collection or environment written (when written). */
  document?: WrittenDocument
  /** Why nothing was written: `not-confirmed` (no `yes`) or `unchanged` (Postman already holds the backup). */
  skipped?: 'not-confirmed' | 'unchanged'
  /** Requests made to the Postman API. */
  postmanRequests: number
}

/** Above this size a collection is replaced asynchronously, so a slow update cannot time out and be sent twice. */
const ASYNC_UPDATE_BYTES = 5 * 1024 * 1024

/**
 * The body to send. A collection keeps its item IDs only when it goes back over itself (items
 * keep their history); written over another collection, or created anew, every ID is dropped:
 * Postman refuses IDs that belong to another collection or already exist.
 */
export function restorePayload(kind: DocumentKind, document: Json, keepIds: { targetId: string } | false): Json {
  if (kind === 'environment') {
    return { name: document.name, values: Array.isArray(document.values) ? structuredClone(document.values) : [] }
  }
  const payload = structuredClone(document)
  const info: Json = isObject(payload.info) ? payload.info : {}
  for (const field of MANAGED_INFO_FIELDS) delete info[field]
  if (keepIds) info._postman_id = keepIds.targetId
  payload.info = info
  forEachItem(payload, (item) => stripItem(item, !keepIds))
  return payload
}

/** Writes a prepared restore when `yes` and the plan changes something; `postmanRequests` counts all of `client`'s calls. */
export async function applyRestore(
  client: PostmanClient,
  prepared: PreparedRestore,
  options: { yes?: boolean; logger: Logger }
): Promise<RestoreResult> {
  const { plan, document } = prepared
  const { kind, target } = plan
  const { logger } = options
  const requests = () => client.calls.length
  if (!options.yes) {
    logger.info(`Plan only: nothing written to Postman.`)
    return { plan, written: false, skipped: 'not-confirmed', postmanRequests: requests() }
  }
  if (!plan.changed) {
    logger.info(`Postman's ${kind} ${target.id} already equals the backup; nothing written.`)
    return { plan, written: false, skipped: 'unchanged', postmanRequests: requests() }
  }

  const update = plan.action === 'update'
  const payload = restorePayload(kind, document, plan.keepIds ? { targetId: target.id as string } : false)
  let written: WrittenDocument
  if (kind === 'collection') {
    written = update
      ? await client.updateCollection(target.id as string, payload, {
          async: Buffer.byteLength(JSON.stringify(payload)) > ASYNC_UPDATE_BYTES
        })
      : await client.createCollection(payload, target.workspace)
  } else {
    const environment = payload as { name: string; values: unknown[] }
    written = update
      ? await client.updateEnvironment(target.id as string, environment)
      : await client.createEnvironment(environment, target.workspace)
  }
  logger.info(`${update ? 'Replaced' : 'Created'} ${kind} "${written.name}" (${written.id}) from ${plan.source}.`)
  return { plan, written: true, document: written, postmanRequests: requests() }
}
