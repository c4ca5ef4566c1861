import * as core from '@actions/core'
import { InputError } from '../errors.js'
import { isBackupFolderPath } from '../restore/workspace.js'
import {
  BACKUP_KEYS,
  checkModeOptions,
  pick,
  optionKeys,
  parseOptionText,
  resolveBackupOptions,
  resolveRestoreOptions,
  resolveValue,
  restoreSource,
  specOf,
  type BackupValues,
  type GivenValues,
  type Naming,
  type OptionKey,
  type RestoreValues
} from '../options/index.js'

/** Everything the action was asked to do, read and checked once: the library's options, ready to pass. */
export type Settings =
  | { readonly mode: 'backup'; readonly backup: BackupValues }
  | {
      readonly mode: 'restore'
      /** `yes` is confirm and not dry-run: writing takes both. */
      readonly restore: RestoreValues
      readonly repository: string
      /** Repository path of the backed-up file, or of a backup folder (see `folder`). */
      readonly path: string
      /** `path` is a backup folder (not a .json file): restore every document it holds into `workspace`. */
      readonly folder: boolean
      /** The branch, tag or commit `path` is read from (undefined: the default branch). */
      readonly ref?: string
      readonly confirm: boolean
      readonly dryRun: boolean
    }

/** The action names options by their inputs. */
export const inputNaming: Naming = (key) => specOf(key).input

/** `Input "github-token": is empty. …`: an InputError in the action's words. */
export function inputMessage(error: InputError): string {
  const key = error.option as OptionKey
  const input = optionKeys.includes(key) ? specOf(key).input : undefined
  return input ? `Input "${input}": ${error.reason}` : error.message
}

type ActionKey = Exclude<OptionKey, 'file' | 'out'>

/**
 * Reads every input of action.yml (the table's), masks the credentials, and refuses bad values
 * before any request is made. An empty input means its default, as in actions/checkout: a
 * blank workflow_dispatch input passed on with `${{ inputs.x }}` arrives as "".
 */
export function getInputs(): Settings {
  // Mask first, so nothing below can print them.
  for (const key of optionKeys) {
    const input = specOf(key).input
    if (input && specOf(key).type === 'secret') {
      const value = core.getInput(input)
      if (value) core.setSecret(value)
    }
  }
  const given: { [K in ActionKey]?: unknown } = {}
  for (const key of optionKeys) {
    const input = specOf(key).input
    if (input) given[key as ActionKey] = parseOptionText(key, core.getInput(input, { trimWhitespace: false }), 'input')
  }
  const values = given as GivenValues<ActionKey>

  const mode = resolveValue('mode', values.mode)
  checkModeOptions(mode, values, inputNaming)
  if (mode === 'backup')
    return Object.freeze({ mode, backup: resolveBackupOptions(pick(values, BACKUP_KEYS), inputNaming) })

  // A restore reads `path` at `ref`, else at `branch`, else on the default branch.
  const source = restoreSource({ ...values, ref: values.ref ?? values.branch }, inputNaming)
  const confirm = resolveValue('yes', values.yes)
  const dryRun = resolveValue('dryRun', values.dryRun)
  const restore = resolveRestoreOptions(
    {
      postmanApiKey: values.postmanApiKey,
      postmanApiUrl: values.postmanApiUrl,
      workspace: values.workspace,
      to: values.to,
      validation: values.validation,
      githubToken: values.githubToken,
      githubApiUrl: values.githubApiUrl,
      yes: confirm && !dryRun,
      overwriteSecrets: values.overwriteSecrets,
      prune: values.prune,
      source
    },
    inputNaming
  )
  if ('file' in source) throw new InputError('path', 'is empty.') // unreachable: the action has no file input
  const folder = isBackupFolderPath(source.path)
  if (folder && restore.to !== undefined)
    throw new InputError(
      'to',
      'cannot be used with a backup folder path: set workspace (the workspace to restore it into).'
    )
  return Object.freeze({
    mode,
    restore,
    repository: source.repository,
    path: source.path,
    folder,
    ref: source.ref,
    confirm,
    dryRun
  })
}
