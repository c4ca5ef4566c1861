import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { OCTOKIT_PLUGINS, octokitPluginOptions } from '../github/octokit.js'
import type { Logger } from '../logger.js'
import {
  describeRestore,
  describeWorkspaceRestore,
  redactedNote,
  restoreBackup,
  restoreWorkspace,
  type RestoreResult,
  type WorkspaceRestoreResult
} from '../restore/index.js'
import { redactText } from '../secrets.js'
import { failureMessage, runBackup, stopOnSignals, type WorkspaceBackupResult } from '../backup/index.js'
import { changesOutput } from '../changelog/index.js'
import { oneLine as oneLineText } from '../changelog/text.js'
import { InputError } from '../errors.js'
import { renameOptions, type BackupValues } from '../options/index.js'
import { getInputs, inputMessage, inputNaming, type Settings } from './inputs.js'
import { writeRestoreSummary, writeSummary } from './summary.js'

/**
 * core.info writes its text as it is, so a line break inside a collection name could start a
 * workflow command (`::error::…`) on the next line. Our info lines are single lines anyway.
 */
const oneLine = (message: string) => message.replace(/[\r\n]+/g, ' ')

/** A name from Postman in an output: one line (no forged outputs or commands), never shortened. */
const oneLineName = (name: string) => oneLineText(name, Number.POSITIVE_INFINITY)

/** The library names options by key (`postmanApiUrl`); a step's log names its inputs (`postman-api-url`). */
const inInputTerms = (message: string) => renameOptions(message, inputNaming)

const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(oneLine(inInputTerms(m))),
  warn: (m) => core.warning(inInputTerms(m)),
  error: (m) => core.error(inInputTerms(m))
}

function setOutputs(result: WorkspaceBackupResult): void {
  const collections = result.files.filter((f) => f.kind === 'collection')
  core.setOutput('changed', String(result.changed))
  core.setOutput('commit-sha', result.commitSha ?? '')
  core.setOutput('commit-url', result.commitUrl ?? '')
  core.setOutput('file-path', result.files.length === 1 ? result.files[0].path : '')
  core.setOutput('collection-id', collections.length === 1 ? collections[0].id : '')
  // Outputs are one line each: a name with line breaks must not spill into other outputs.
  core.setOutput('collection-name', collections.length === 1 ? oneLineName(collections[0].name) : '')
  core.setOutput(
    'files',
    JSON.stringify(
      result.files.map(({ kind, id, name, path, changed, redacted }) => ({ kind, id, name, path, changed, redacted }))
    )
  )
  core.setOutput('collections', String(result.collections))
  core.setOutput('environments', String(result.environments))
  core.setOutput('changed-files', String(result.changedFiles))
  core.setOutput('collection-list', JSON.stringify(collections.map(({ id, uid, name }) => ({ id, uid, name }))))
  // What changed per document, names only (src/changelog): one line of JSON.
  core.setOutput('changes', JSON.stringify(changesOutput(result.changes ?? [])))
  // Pull-request mode: the pull request opened or updated (none in a dry run or when nothing changed).
  const pr = result.dryRun ? undefined : result.pullRequest
  core.setOutput('pull-request-number', pr?.number === undefined ? '' : String(pr.number))
  core.setOutput('pull-request-url', pr?.url ?? '')
}

const octokitFor = (options: { githubToken: string | undefined; githubApiUrl: string }) =>
  getOctokit(
    options.githubToken ?? '',
    { baseUrl: options.githubApiUrl, ...octokitPluginOptions(actionsLogger) },
    ...OCTOKIT_PLUGINS
  )

async function backUp(settings: BackupValues): Promise<WorkspaceBackupResult> {
  const title =
    settings.collections.length === 1 && settings.environments.length === 0
      ? `Back up Postman collection "${settings.collections[0]}"`
      : 'Back up Postman collections and environments'
  // A cancelled or timed-out job (SIGTERM, SIGINT): commit what is ready; a second signal exits.
  const stop = stopOnSignals((signal) =>
    core.warning(`${signal} received: committing the documents backed up so far; the next run continues.`)
  )
  try {
    return await core.group(title, () =>
      runBackup({
        ...settings,
        // Checked by getInputs: a backup from the action always has a repository.
        repository: settings.repository ?? '',
        octokit: octokitFor(settings),
        logger: actionsLogger,
        signal: stop.signal
      })
    )
  } finally {
    stop.dispose()
  }
}

function finalMessage(result: WorkspaceBackupResult): void {
  const what =
    result.files.length === 1
      ? `"${result.files[0].name}"`
      : `${result.collections} collection(s) and ${result.environments} environment(s)`
  if (result.dryRun) {
    core.notice(
      `Dry run: ${result.changed ? `${result.changedFiles} file(s) would change` : `${what}: nothing would change`}; nothing was written.`
    )
  } else if (result.changed) {
    core.info(oneLine(`Backed up ${what} to ${result.repository} on ${result.branch}: ${result.commitUrl}`))
    if (result.pullRequest?.url)
      core.info(
        `Pull request #${result.pullRequest.number} ${result.pullRequest.created ? 'opened' : 'updated'}: ${result.pullRequest.url}`
      )
  } else {
    core.notice(`${what} unchanged since the last backup; no commit made.`)
  }
}

// ---- mode: restore ----

type RestoreSettings = Extract<Settings, { mode: 'restore' }>

/** How to write, in this step's terms. */
const howToApply = (settings: RestoreSettings) =>
  `set confirm: true${settings.dryRun ? ' and dry-run: false' : ''} to apply`

async function restore(settings: RestoreSettings): Promise<RestoreResult> {
  return core.group(`Restore ${settings.path} from ${settings.repository}`, async () => {
    const result = await restoreBackup({
      ...settings.restore,
      octokit: octokitFor(settings.restore),
      logger: actionsLogger
    })
    for (const line of describeRestore(result, howToApply(settings))) core.info(oneLine(line))
    return result
  })
}

/** mode: restore with a folder `path`: every document of the backup folder into `workspace`. */
async function restoreFolder(settings: RestoreSettings): Promise<WorkspaceRestoreResult> {
  return core.group(`Restore the backup folder ${settings.path} from ${settings.repository}`, async () => {
    const result = await restoreWorkspace({
      ...settings.restore,
      source: { repository: settings.repository, path: settings.path, ref: settings.ref },
      workspace: settings.restore.workspace ?? '',
      octokit: octokitFor(settings.restore),
      logger: actionsLogger
    })
    for (const line of describeWorkspaceRestore(result, howToApply(settings))) core.info(oneLine(line))
    return result
  })
}

/** Every output action.yml declares (the e2e tests compare): a restore sets those it has no value for to ''. */
const OUTPUTS = [
  'changed',
  'commit-sha',
  'commit-url',
  'file-path',
  'collection-id',
  'collection-name',
  'files',
  'collections',
  'environments',
  'changed-files',
  'collection-list',
  'changes',
  'pull-request-number',
  'pull-request-url'
] as const

function clearOutputs(): void {
  for (const name of OUTPUTS) core.setOutput(name, name === 'changes' || name === 'collection-list' ? '[]' : '')
}

function setFolderRestoreOutputs(result: WorkspaceRestoreResult, restoring: RestoreSettings): void {
  clearOutputs()
  const done = result.items.filter((i) => i.outcome === 'created' || i.outcome === 'updated' || i.outcome === 'deleted')
  core.setOutput('changed', String(result.written))
  core.setOutput('file-path', restoring.path)
  core.setOutput(
    'files',
    JSON.stringify(
      result.items.map((i) => ({
        kind: i.kind,
        id: i.writtenId ?? i.target?.id ?? '',
        name: oneLineName(i.name),
        path: i.path ?? '',
        changed: done.includes(i),
        outcome: i.outcome
      }))
    )
  )
  core.setOutput('collections', String(result.items.filter((i) => i.kind === 'collection').length))
  core.setOutput('environments', String(result.items.filter((i) => i.kind === 'environment').length))
}

/** The same outputs as a backup, describing the one document restored (or planned). */
function setRestoreOutputs(result: RestoreResult, restoring: RestoreSettings): void {
  const { plan } = result
  const id = result.document?.id ?? plan.target.id ?? ''
  const uid = result.document?.uid ?? ''
  const name = result.document?.name ?? plan.name
  const collection = plan.kind === 'collection'
  clearOutputs()
  core.setOutput('changed', String(result.written))
  core.setOutput('file-path', restoring.path)
  core.setOutput('collection-id', collection ? id : '')
  core.setOutput('collection-name', collection ? oneLineName(name) : '')
  core.setOutput(
    'files',
    JSON.stringify([
      {
        kind: plan.kind,
        id,
        name: oneLineName(name),
        path: restoring.path,
        changed: result.written,
        redacted: plan.redacted.length
      }
    ])
  )
  core.setOutput('collections', collection ? '1' : '0')
  core.setOutput('environments', collection ? '0' : '1')
  core.setOutput('changed-files', '0')
  core.setOutput('collection-list', JSON.stringify(collection && id ? [{ id, uid, name: oneLineName(name) }] : []))
}

function finalRestoreMessage(result: RestoreResult, settings: RestoreSettings): void {
  const { plan } = result
  if (result.written && result.document) {
    core.info(oneLine(`Restored ${plan.kind} "${result.document.name}" (${result.document.id}) from ${plan.source}.`))
    if (plan.redacted.length) core.warning(redactedNote(plan.redacted.length))
  } else if (!plan.changed) {
    core.notice(`Postman's ${plan.kind} already equals ${plan.source}; nothing to restore.`)
  } else {
    core.notice(`Restore plan only: nothing was written to Postman; ${howToApply(settings)}.`)
  }
}

/**
 * The job summary is a report, not the job: a runner (or a manual run) without
 * GITHUB_STEP_SUMMARY must not turn a good backup into a failed step.
 */
async function summarize(write: () => Promise<void>): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written.')
    return
  }
  try {
    await write()
  } catch (error) {
    core.warning(`The job summary could not be written: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/** The action: one catch, the stack to debug, the message to the step's failure. */
export async function run(): Promise<void> {
  const secrets = [core.getInput('postman-api-key'), core.getInput('github-token')]
  try {
    const settings = getInputs()
    if (settings.mode === 'restore' && settings.folder) {
      const restored = await restoreFolder(settings)
      setFolderRestoreOutputs(restored, settings)
      if (!restored.complete)
        core.setFailed(redactText(inInputTerms(`Restore stopped: ${restored.error ?? ''}`), secrets))
      else if (!restored.written && !settings.restore.yes)
        core.notice(`Restore plan only: nothing was written to Postman; ${howToApply(settings)}.`)
      return
    }
    if (settings.mode === 'restore') {
      const restored = await restore(settings)
      setRestoreOutputs(restored, settings)
      await summarize(() => writeRestoreSummary(restored, howToApply(settings)))
      finalRestoreMessage(restored, settings)
      return
    }
    const result = await backUp(settings.backup)
    setOutputs(result)
    await summarize(() => writeSummary(result))
    finalMessage(result)
    // Documents that failed (or were not reached) fail the step, after what was committed is reported.
    const failure = failureMessage(result)
    if (failure) core.setFailed(redactText(inInputTerms(failure), secrets))
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error))
    core.debug(redactText(err.stack ?? err.message, secrets))
    core.setFailed(redactText(inInputTerms(err instanceof InputError ? inputMessage(err) : err.message), secrets))
  }
}
