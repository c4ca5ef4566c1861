// The restore use case for one backed-up document: check every option, load the file, plan
// against what Postman holds, and apply the plan only with `yes`. Postman's secrets are kept where the backup's were blanked.
import { createPostmanClient, type PostmanConnectionOptions } from '../backup/prepare.js'
import { InputError } from '../errors.js'
import { silentLogger } from '../logger.js'
import type { DocumentKind } from '../kinds/index.js'
import { resolveRestoreOptions } from '../options/resolve.js'
import { referenceKind } from '../postman/lookup.js'
import type { ValidationMode } from '../schema/index.js'
import { applyRestore, type RestoreResult } from './apply.js'
import { loadBackup, type LoadBackupOptions, type RestoreSource } from './load.js'
import { prepareRestore } from './plan.js'

export interface RestoreOptions extends LoadBackupOptions, PostmanConnectionOptions {
  source: RestoreSource
  /** ID or UID of the collection (environment) to replace with the backup: PUT. */
  to?: string
  /** Workspace ID to create the collection (environment) in: POST. Exactly one of `to` and `workspace`. */
  workspace?: string
  validation?: ValidationMode
  /** Write only when true; otherwise plan only, with no request that writes. */
  yes?: boolean
  /**
   * Write the backup's blanked secrets over Postman's values. By default, wherever redaction
   * blanked a value, the target's current value is kept (only where it has none does it stay blank).
   */
  overwriteSecrets?: boolean
  /** JSON pointers of the values redaction blanked (the manifest's record); derived from the redaction rules when absent. */
  redactedPointers?: readonly string[]
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

async function restoreDocument(given: RestoreOptions, expected: DocumentKind | undefined): Promise<RestoreResult> {
  // Every option is checked before the first request.
  const logger = given.logger ?? silentLogger
  const options = resolveRestoreOptions(given)
  if (options.to !== undefined && referenceKind(options.to) === 'name')
    throw new InputError(
      'to',
      `"${options.to}" is not an ID or UID. Restore writes only to an ID (postman-backup list shows them).`
    )
  const target = options.to !== undefined ? { to: options.to } : { workspace: options.workspace as string }
  const client = createPostmanClient(options, logger)

  const loaded = await loadBackup(options.source, options)
  const prepared = await prepareRestore(client, loaded, {
    target,
    expected,
    validation: options.validation,
    logger,
    redactedPointers: given.redactedPointers,
    overwriteSecrets: options.overwriteSecrets
  })
  return applyRestore(client, prepared, { yes: options.yes, logger })
}
