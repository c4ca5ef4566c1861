// The restore use case for one backed-up document: check every option, load the file, plan
// against what Postman holds, and apply the plan only with `yes`. Blanked secrets stay blank.
import {
  checkChoice,
  createPostmanClient,
  DEFAULTS,
  VALIDATION_MODES,
  type PostmanConnectionOptions
} from '../backup.js'
import { InputError } from '../errors.js'
import { silentLogger } from '../logger.js'
import type { DocumentKind } from '../manifest.js'
import { referenceKind } from '../postman/lookup.js'
import type { ValidationMode } from '../schema/index.js'
import { applyRestore, type RestoreResult } from './apply.js'
import { loadBackup, type LoadBackupOptions, type RestoreSource } from './load.js'
import { prepareRestore, type RestoreTarget } from './plan.js'

export interface RestoreOptions extends LoadBackupOptions, PostmanConnectionOptions {
  source: RestoreSource
  /** ID or UID of the collection (environment) to replace with the backup: PUT. */
  to?: string
  /** Workspace ID to create the collection (environment) in: POST. Exactly one of `to` and `workspace`. */
  workspace?: string
  validation?: ValidationMode
  /** Write only when true; otherwise plan only, with no request that writes. */
  yes?: boolean
}

/** Restores a backed-up collection or environment (whichever the file holds). */
export function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  return restoreDocument(options, undefined)
}

/** Restores a backed-up collection; refuses a file that holds an environment. */
export function restoreCollection(options: RestoreOptions): Promise<RestoreResult> {
  return restoreDocument(options, 'collection')
}

/** Restores a backed-up environment; refuses a file that holds a collection. */
export function restoreEnvironment(options: RestoreOptions): Promise<RestoreResult> {
  return restoreDocument(options, 'environment')
}

function checkTarget(options: RestoreOptions): RestoreTarget {
  const to = options.to?.trim() || undefined
  const workspace = options.workspace?.trim() || undefined
  if (to && workspace)
    throw new InputError(
      'to',
      'and workspace are both set. Give to (the ID to replace) or workspace (to create a new one), not both.'
    )
  if (!to && !workspace)
    throw new InputError(
      'to',
      'is empty. Give the ID of the collection or environment to replace, or a workspace ID to create it in.'
    )
  if (to && referenceKind(to) === 'name')
    throw new InputError(
      'to',
      `"${to}" is not an ID or UID. Restore writes only to an ID (postman-backup list shows them).`
    )
  return to ? { to } : { workspace: workspace as string }
}

async function restoreDocument(options: RestoreOptions, expected: DocumentKind | undefined): Promise<RestoreResult> {
  // Every option is checked before the first request.
  const logger = options.logger ?? silentLogger
  const target = checkTarget(options)
  const validation = checkChoice(options.validation ?? DEFAULTS.validation, VALIDATION_MODES, 'validation')
  const client = createPostmanClient(options, logger)

  const loaded = await loadBackup(options.source, options)
  const prepared = await prepareRestore(client, loaded, { target, expected, validation, logger })
  return applyRestore(client, prepared, { yes: options.yes, logger })
}
