// Loading a backup from a GitHub repository (the local GitHub server, real git behind it), files
// over 1 MB included, and telling what a loaded document is.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitHubNotFoundError, InputError } from '../../src/errors.js'
import { detectKind, loadBackup } from '../../src/restore/load.js'
import { sampleCollection } from '../../test-servers/samples.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import { READ_TOKEN, startGitHub } from '../helpers/github.js'

const DIR = 'Postman collections'

describe('loadBackup from a repository', () => {
  let github: GitHubServer
  const repo = 'octo/restore'
  const bigPath = `${DIR}/Big.postman_collection.json`
  const options = () => ({ githubToken: READ_TOKEN, githubApiUrl: github.url })
  const show = async (path: string) => JSON.parse(await github.git(repo, 'show', `main:${path}`)) as unknown

  beforeAll(async () => {
    github = await startGitHub()
    await github.createRepo(repo, {
      files: {
        'README.md': 'x\n',
        [bigPath]: `${JSON.stringify(sampleCollection('Big', 4000), null, 2)}\n`
      }
    })
  })
  afterAll(() => github.close())

  it('reads a backed-up file over 1 MB from the repository, at a given ref', async () => {
    const path = bigPath
    const sha = (await github.git(repo, 'rev-parse', 'main')).trim()
    const loaded = await loadBackup({ repository: repo, path, ref: sha }, options())
    expect(loaded.bytes).toBeGreaterThan(1024 * 1024)
    expect(loaded.document).toEqual(await show(path))
    expect(loaded.source).toBe(`${repo}:${path}@${sha}`)
  })

  it('says when the file is not in the repository', async () => {
    await expect(loadBackup({ repository: repo, path: 'nope/missing.json', ref: 'main' }, options())).rejects.toThrow(
      /nope\/missing\.json does not exist in octo\/restore at main/
    )
    await expect(loadBackup({ repository: repo, path: 'nope/missing.json' }, options())).rejects.toThrow(
      new GitHubNotFoundError(
        'nope/missing.json does not exist in octo/restore on the default branch (or the token cannot see the repository). Check path; paths are case-sensitive.'
      )
    )
  })

  it('refuses a folder, and an empty path, as not a file', async () => {
    await expect(loadBackup({ repository: repo, path: `/${DIR}` }, options())).rejects.toThrow(
      new InputError('path', `${repo}:${DIR} is a folder, not a file.`)
    )
    await expect(loadBackup({ repository: repo, path: ' / ' }, options())).rejects.toThrow(
      /is empty\. Give the repository path/
    )
  })
})

describe('detectKind', () => {
  it('tells a collection from an environment by shape, unwrapping the API envelope', () => {
    const collection = sampleCollection('C')
    expect(detectKind(collection)).toEqual({ kind: 'collection', document: collection })
    expect(detectKind({ collection })).toEqual({ kind: 'collection', document: collection })
    const environment = { name: 'E', values: [] }
    expect(detectKind({ environment })).toEqual({ kind: 'environment', document: environment })
    expect(detectKind({ version: 1, files: {} })).toBeUndefined()
    expect(detectKind([])).toBeUndefined()
  })
})
