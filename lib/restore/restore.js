// The restore use case for one backed-up document: check every option, load the file, plan
// against what Postman holds, and apply the plan only with `yes`. Postman's secrets are kept where the backup's were blanked.
import { createPostmanClient } from '../backup/prepare.js';
import { InputError } from '../errors.js';
import { silentLogger } from '../logger.js';
import { resolveRestoreOptions } from '../options/resolve.js';
import { referenceKind } from '../postman/lookup.js';
import { applyRestore } from './apply.js';
import { loadBackup } from './load.js';
import { prepareRestore } from './plan.js';
/** Restores a backed-up collection or environment (whichever the file holds). */
export function restoreBackup(options) {
    return restoreDocument(options, undefined);
}
/** Restores a backed-up collection; refuses a file that holds an environment. */
export function restoreCollection(options) {
    return restoreDocument(options, 'collection');
}
/** Restores a backed-up environment; refuses a file that holds a collection. */
export function restoreEnvironment(options) {
    return restoreDocument(options, 'environment');
}
async function restoreDocument(given, expected) {
    // Every option is checked before the first request.
    const logger = given.logger ?? silentLogger;
    const options = resolveRestoreOptions(given);
    if (options.to !== undefined && referenceKind(options.to) === 'name')
        throw new InputError('to', `"${options.to}" is not an ID or UID. Restore writes only to an ID (postman-backup list shows them).`);
    const target = options.to !== undefined ? { to: options.to } : { workspace: options.workspace };
    const client = createPostmanClient(options, logger);
    const loaded = await loadBackup(options.source, options);
    const prepared = await prepareRestore(client, loaded, {
        target,
        expected,
        validation: options.validation,
        logger,
        redactedPointers: given.redactedPointers,
        overwriteSecrets: options.overwriteSecrets
    });
    return applyRestore(client, prepared, { yes: options.yes, logger });
}
