// `postman-backup restore`: plan, and with --yes apply, a backed-up file (on disk or in a repository).
import { pick, resolveRestoreOptions, restoreSource, RESTORE_KEYS } from '../options/index.js'
import { describeRestore, restoreBackup } from '../restore.js'
import { printJson, type CliIO, type OutputFlags } from './io.js'
import { flagNaming, type GivenFlags } from './flags.js'
import { ProgressReporter } from './progress-reporter.js'

export async function restoreCommand(given: GivenFlags, flags: OutputFlags, io: CliIO): Promise<number> {
  const source = restoreSource(pick(given, ['file', 'repository', 'path', 'ref']), flagNaming)
  const options = resolveRestoreOptions({ ...pick(given, RESTORE_KEYS), source }, flagNaming)
  const result = await restoreBackup({ ...options, logger: new ProgressReporter(io, flags.verbose) })
  if (flags.json) printJson(io, result)
  else io.stdout.write(`${describeRestore(result, 'run again with --yes to apply').join('\n')}\n`)
  return 0
}
