import * as core from '@actions/core'
import { VALIDATION_MODES } from '../backup.js'
import { InputError } from '../errors.js'
import { checkBranchName, parseRepository } from '../github/names.js'
import { checkTemplate, normalizeDirectory } from '../paths.js'
import { checkApiKey } from '../postman/client.js'
import type { ValidationMode } from '../schema/index.js'

/** Everything the action was asked to do, read and checked once. Defaults come from action.yml. */
export interface Settings {
  readonly postmanApiKey: string
  readonly collection: string
  readonly workspace: string | undefined
  readonly directory: string
  readonly filename: string
  readonly repository: string
  readonly branch: string | undefined
  readonly createBranch: boolean
  readonly githubToken: string
  readonly githubApiUrl: string
  readonly postmanApiUrl: string
  readonly commitMessage: string
  readonly validation: ValidationMode
  readonly dryRun: boolean
}

function booleanInput(name: string): boolean {
  const value = core.getInput(name)
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE|)$/.test(value)) return false
  throw new InputError(name, `"${value}" is not a boolean. Use true or false.`)
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
    throw new InputError('github-token', 'is empty. Leave it at its default (the workflow token) or pass a PAT from a secret.')
  }

  const collection = core.getInput('collection')
  if (collection === '') throw new InputError('collection', 'is empty. Give the collection name, ID or UID to back up.')

  const repository = core.getInput('repository')
  parseRepository(repository)
  const branch = core.getInput('branch')
  if (branch !== '') checkBranchName(branch)

  const directory = normalizeDirectory(core.getInput('directory'))
  const filename = core.getInput('filename')
  if (filename === '') throw new InputError('filename', 'is empty. Use e.g. {name}.postman_collection.json.')
  checkTemplate(filename, 'filename')
  const commitMessage = core.getInput('commit-message')
  if (commitMessage === '') throw new InputError('commit-message', 'is empty.')
  checkTemplate(commitMessage, 'commit-message')

  const validation = core.getInput('validation')
  if (!(VALIDATION_MODES as string[]).includes(validation)) {
    throw new InputError('validation', `"${validation}" is not one of ${VALIDATION_MODES.join(', ')}.`)
  }

  return Object.freeze({
    postmanApiKey,
    collection,
    workspace: core.getInput('workspace') || undefined,
    directory,
    filename,
    repository: repository.trim(),
    branch: branch || undefined,
    createBranch: booleanInput('create-branch'),
    githubToken,
    githubApiUrl: core.getInput('github-api-url') === '' ? 'https://api.github.com' : urlInput('github-api-url', 'https://github.example.com/api/v3'),
    postmanApiUrl: urlInput('postman-api-url', 'https://api.postman.com'),
    commitMessage,
    validation: validation as ValidationMode,
    dryRun: booleanInput('dry-run')
  })
}
