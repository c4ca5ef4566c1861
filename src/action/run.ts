import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { backupCollection, type BackupResult } from '../backup.js'
import { OCTOKIT_PLUGINS, octokitPluginOptions } from '../github/octokit.js'
import type { Logger } from '../logger.js'
import { redactText } from '../secrets.js'
import { getInputs, type Settings } from './inputs.js'
import { writeSummary } from './summary.js'

const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.warning(m),
  error: (m) => core.error(m)
}

function setOutputs(result: BackupResult): void {
  core.setOutput('changed', String(result.changed))
  core.setOutput('commit-sha', result.commitSha ?? '')
  core.setOutput('commit-url', result.commitUrl ?? '')
  core.setOutput('file-path', result.filePath)
  core.setOutput('collection-id', result.collection.id)
  core.setOutput('collection-name', result.collection.name)
}

async function backUp(settings: Settings): Promise<BackupResult> {
  const octokit = getOctokit(settings.githubToken, { baseUrl: settings.githubApiUrl, ...octokitPluginOptions(actionsLogger) }, ...OCTOKIT_PLUGINS)
  return core.group(`Back up Postman collection "${settings.collection}"`, () =>
    backupCollection({
      postmanApiKey: settings.postmanApiKey,
      collection: settings.collection,
      workspace: settings.workspace,
      postmanApiUrl: settings.postmanApiUrl,
      repository: settings.repository,
      branch: settings.branch,
      createBranch: settings.createBranch,
      directory: settings.directory,
      filename: settings.filename,
      commitMessage: settings.commitMessage,
      validation: settings.validation,
      dryRun: settings.dryRun,
      octokit,
      logger: actionsLogger
    })
  )
}

/** The action: one catch, the stack to debug, the message to the step's failure. */
export async function run(): Promise<void> {
  const secrets = [core.getInput('postman-api-key'), core.getInput('github-token')]
  try {
    const settings = getInputs()
    const result = await backUp(settings)
    setOutputs(result)
    await writeSummary(result)
    if (result.dryRun) {
      core.notice(`Dry run: ${result.filePath} ${result.changed ? 'would change' : 'is unchanged'}; nothing was written.`)
    } else if (result.changed) {
      core.info(`Backed up "${result.collection.name}" to ${result.repository}/${result.filePath} on ${result.branch}: ${result.commitUrl}`)
    } else {
      core.notice(`"${result.collection.name}" is unchanged since the last backup (${result.filePath}); no commit made.`)
    }
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error))
    core.debug(redactText(err.stack ?? err.message, secrets))
    core.setFailed(redactText(err.message, secrets))
  }
}
