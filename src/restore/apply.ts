// Applying a plan: the only part of restore that writes to Postman. PUT over the target, or POST
// into the workspace; nothing without `yes`, nothing when Postman already holds the backup.
import { kindOf, type DocumentKind, type DocumentRestore } from '../kinds/index.js'
import type { Logger } from '../logger.js'
import type { PostmanClient, WrittenDocument } from '../postman/client.js'
import type { PreparedRestore, RestorePlan } from './plan.js'

export interface RestoreResult {
  plan: RestorePlan
  /** True when Postman was written to. */
  written: boolean
  /** The document written (when written). */
  document?: WrittenDocument
  /** Why nothing was written: `not-confirmed` (no `yes`) or `unchanged` (Postman already holds the backup). */
  skipped?: 'not-confirmed' | 'unchanged'
  /** Requests made to the Postman API. */
  postmanRequests: number
}

function documentRestore(kind: DocumentKind): DocumentRestore {
  const module = kindOf(kind)
  if (!module.restore?.document) throw new Error(`A ${module.label} is not restored as one document.`)
  return module.restore.document
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
  const restore = documentRestore(kind)
  // A collection keeps its item IDs only when it goes back over itself (items keep their history);
  // written over another collection, or created anew, every ID is dropped: Postman refuses IDs
  // that belong to another collection or already exist.
  const payload = restore.payload(document, plan.keepIds ? { targetId: target.id as string } : false)
  const written: WrittenDocument = update
    ? await restore.update(client, target.id as string, payload)
    : await restore.create(client, payload, target.workspace)
  logger.info(`${update ? 'Replaced' : 'Created'} ${kind} "${written.name}" (${written.id}) from ${plan.source}.`)
  return { plan, written: true, document: written, postmanRequests: requests() }
}
