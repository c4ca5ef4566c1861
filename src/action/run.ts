import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { OCTOKIT_PLUGINS, octokitPluginOptions } from '../github/octokit.js'
import type { Logger } from '../logger.js'
import { redactText } from '../secrets.js'
import { runBackup } from '../run-backup.js'
import type { WorkspaceBackupResult } from '../workspace.js'
import { getInputs, type Settings } from './inputs.js'
import { writeSummary } from './summary.js'

const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m)
}

function setOutputs(result: WorkspaceBackupResult): void {
  const collections = result.files.filter((f) => f.kind === 'collection')
  core.setOutput('changed', String(result.changed))
  core.setOutput('commit-sha', result.commitSha ?? '')
  core.setOutput('commit-url', result.commitUrl ?? '')
  core.setOutput('file-path', result.files.length === 1 ? result.files[0].path : '')
  core.setOutput('collection-id', collections.length === 1 ? collections[0].id : '')
  core.setOutput('collection-name', collections.length === 1 ? collections[0].name : '')
  core.setOutput('files', JSON.stringify(result.files.map(({ kind, id, name, path, changed, redacted }) => ({ kind, id, name, path, changed, redacted }))))
  core.setOutput('collections', String(result.collections))
  core.setOutput('environments', String(result.environments))
  core.setOutput('changed-files', String(result.changedFiles))
  core.setOutput('collection-list', JSON.stringify(collections.map(({ id, uid, name }) => ({ id, uid, name }))))
}

async function backUp(settings: Settings): Promise<WorkspaceBackupResult> {
  const octokit = getOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, ...octokitPluginOptions(actionsLogger) }, ...OCTOKIT_PLUGINS)
  const common = {
    postmanApiKey: settings.postmanApiKey,
    workspace: settings.workspace,
    postmanApiUrl: settings.postmanApiUrl,
    repository: settings.repository,
    branch: settings.branch,
    createBranch: settings.createBranch,
    directory: settings.directory,
    filename: settings.filename,
    commitMessage: settings.commitMessage,
    validation: settings.validation,
    redact: settings.redact,
    dryRun: settings.dryRun,
    octokit,
    logger: actionsLogger
  }
  const title = settings.collections.length === 1 && settings.environments.length === 0 ? `Back up Postman collection "${settings.collections[0]}"` : 'Back up Postman collections and environments'
  return core.group(title, () =>
    runBackup({
      ...common,
      collections: [...settings.collections],
      environments: [...settings.environments],
      environmentFilename: settings.environmentFilename,
      exclude: [...settings.exclude],
      concurrency: settings.concurrency,
      prune: settings.prune,
      full: settings.full
    })
  )
}

function finalMessage(result: WorkspaceBackupResult): void {
  const what = result.files.length === 1 ? `"${result.files[0].name}"` : `${result.collections} collection(s) and ${result.environments} environment(s)`
  if (result.dryRun) {
    core.notice(`Dry run: ${result.changed ? `${result.changedFiles} file(s) would change` : `${what}: nothing would change`}; nothing was written.`)
  } else if (result.changed) {
    core.info(`Backed up ${what} to ${result.repository} on ${result.branch}: ${result.commitUrl}`)
  } else {
    core.notice(`${what} unchanged since the last backup; no commit made.`)
  }
}

/** The action: one catch, the stack to debug, the message to the step's failure. */
export async function run(): Promise<void> {
  const secrets = [core.getInput('postman-api-key'), core.getInput('github-token')]
  try {
    const settings = getInputs()
    const result = await backUp(settings)
    setOutputs(result)
    await writeSummary(result)
    finalMessage(result)
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error))
    core.debug(redactText(err.stack ?? err.message, secrets))
    core.setFailed(redactText(err.message, secrets))
  }
}
