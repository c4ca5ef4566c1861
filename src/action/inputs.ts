import * as core from '@actions/core'
import { checkChoice, REDACT_MODES, VALIDATION_MODES } from '../backup.js'
import { InputError } from '../errors.js'
import { checkBranchName, parseRepository } from '../github/names.js'
import { checkFileNameTemplate, checkPath, checkTemplate, normalizeDirectory } from '../paths.js'
import { checkApiKey, DEFAULT_POSTMAN_API_URL } from '../postman/client.js'
import type { RedactMode } from '../redact.js'
import type { ValidationMode } from '../schema/index.js'

/** Everything the action was asked to do, read and checked once. Defaults come from action.yml. */
export interface Settings {
  readonly postmanApiKey: string
  /** Collection references (names, IDs, UIDs or `*`), one per line of the input. */
  readonly collections: readonly string[]
  readonly environments: readonly string[]
  readonly workspace: string | undefined
  readonly directory: string
  readonly filename: string
  readonly environmentFilename: string
  readonly exclude: readonly string[]
  readonly redact: RedactMode
  readonly concurrency: number
  readonly prune: boolean
  readonly full: boolean
  readonly repository: string
  readonly branch: string | undefined
  readonly createBranch: boolean
  readonly githubToken: string
  readonly githubApiUrl: string
  readonly postmanApiUrl: string
  readonly commitMessage: string
  readonly validation: ValidationMode
  readonly dryRun: boolean
  /** Set with `mode: restore` (undefined for a backup): what to restore, and where to. */
  readonly restore: RestoreSettings | undefined
}

export interface RestoreSettings {
  /** Repository path of the backed-up file (in `repository`). */
  readonly path: string
  /** Branch, tag or commit to read it from: `ref`, else `branch`, else the default branch. */
  readonly ref: string | undefined
  /** ID or UID of the collection or environment to replace; or */
  readonly to: string | undefined
  /** the workspace to create it in (the `workspace` input). */
  readonly workspace: string | undefined
  /** Write only when true (and not a dry run); otherwise the step shows the plan. */
  readonly confirm: boolean
}

export const MODES = ['backup', 'restore'] as const

function booleanInput(name: string): boolean {
  const value = core.getInput(name)
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE|)$/.test(value)) return false
  throw new InputError(name, `"${value}" is not a boolean. Use true or false.`)
}

/** A multi-line input: one entry per line, blank lines and surrounding spaces dropped. */
function listInput(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

function templateInput(name: string, example: string): string {
  const template = core.getInput(name)
  if (template === '') throw new InputError(name, `is empty. Use e.g. ${example}.`)
  checkFileNameTemplate(template, name)
  return template
}

function urlInput(name: string, example: string): string {
  const value = core.getInput(name).replace(/\/+$/, '')
  if (!/^https?:\/\/[^\s/]+(\/\S*)?$/.test(value)) {
    throw new InputError(name, `"${value}" is not an http(s) URL, e.g. ${example}.`)
  }
  return value
}

/** Reads every input, masks the credentials, and refuses bad values before any request is made. */
export function getInputs(): Readonly<Settings> {
  // Mask first, so nothing below can print them.
  const rawKey = core.getInput('postman-api-key')
  if (rawKey) core.setSecret(rawKey)
  const githubToken = core.getInput('github-token')
  if (githubToken) core.setSecret(githubToken)
  const postmanApiKey = checkApiKey(rawKey)
  if (!githubToken) {
    throw new InputError(
      'github-token',
      'is empty. Leave it at its default (the workflow token) or pass a PAT from a secret.'
    )
  }

  const mode = checkChoice(core.getInput('mode'), MODES, 'mode')
  const restore = restoreInputs(mode)
  const collections = listInput('collection')
  const environments = listInput('environment')
  if (mode === 'backup' && collections.length === 0 && environments.length === 0) {
    throw new InputError(
      'collection',
      'is empty. Give the name, ID or UID of the collection to back up (several: one per line; all: *), or set environment.'
    )
  }

  const repository = core.getInput('repository')
  parseRepository(repository)
  const branch = core.getInput('branch')
  if (branch !== '') checkBranchName(branch)

  const directory = normalizeDirectory(core.getInput('directory'))
  const filename = templateInput('filename', '{name}.postman_collection.json')
  const environmentFilename = templateInput('environment-filename', '{name}.postman_environment.json')
  const commitMessage = core.getInput('commit-message')
  if (commitMessage === '') throw new InputError('commit-message', 'is empty.')
  checkTemplate(commitMessage, 'commit-message')

  const validation = checkChoice(core.getInput('validation'), VALIDATION_MODES, 'validation')
  const redact = checkChoice(core.getInput('redact'), REDACT_MODES, 'redact')
  const concurrencyText = core.getInput('concurrency')
  const concurrency = Number(concurrencyText)
  if (!/^\d+$/.test(concurrencyText) || concurrency < 1 || concurrency > 32) {
    throw new InputError('concurrency', `"${concurrencyText}" is not a whole number from 1 to 32.`)
  }

  return Object.freeze({
    postmanApiKey,
    collections,
    environments,
    workspace: core.getInput('workspace') || undefined,
    directory,
    filename,
    environmentFilename,
    exclude: listInput('exclude'),
    redact,
    concurrency,
    prune: booleanInput('prune'),
    full: booleanInput('full'),
    repository: repository.trim(),
    branch: branch || undefined,
    createBranch: booleanInput('create-branch'),
    githubToken,
    githubApiUrl:
      core.getInput('github-api-url') === ''
        ? 'https://api.github.com'
        : urlInput('github-api-url', 'https://github.example.com/api/v3'),
    postmanApiUrl: urlInput('postman-api-url', DEFAULT_POSTMAN_API_URL),
    commitMessage,
    validation,
    dryRun: booleanInput('dry-run'),
    restore
  })
}

/** The inputs of `mode: restore`; with `mode: backup` they must stay empty, so a half-converted step fails instead of backing up. */
function restoreInputs(mode: (typeof MODES)[number]): RestoreSettings | undefined {
  const path = core.getInput('path').trim()
  const ref = core.getInput('ref').trim()
  const to = core.getInput('to').trim()
  const confirm = booleanInput('confirm')
  if (mode === 'backup') {
    const stray = [path && 'path', ref && 'ref', to && 'to', confirm && 'confirm'].filter(Boolean)
    if (stray.length > 0)
      throw new InputError(String(stray[0]), 'is only used with mode: restore. Set mode: restore, or remove it.')
    return undefined
  }
  if (path === '') throw new InputError('path', 'is empty. Give the repository path of the backed-up file to restore.')
  checkPath(path, 'path')
  const workspace = core.getInput('workspace').trim() || undefined
  if (!to === !workspace)
    throw new InputError(
      'to',
      'Set to (the ID of the collection or environment to replace) or workspace (to create a new one), one of them.'
    )
  return Object.freeze({
    path,
    ref: ref || core.getInput('branch').trim() || undefined,
    to: to || undefined,
    workspace: to ? undefined : workspace,
    confirm
  })
}
