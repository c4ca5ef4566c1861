// The one contents-API reader (src/github/read-file.ts) against the local GitHub server (real git
// behind it), through a real Octokit: a small file comes with the answer, a large one from its
// blob, and what is not a file (nothing, a folder) is said, not thrown.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { GitHubApiError } from '../../src/errors.js'
import { gitBlobSha } from '../../src/git-blob-sha.js'
import { readRepositoryFile } from '../../src/github/read-file.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import { octokitFor, READ_TOKEN, resetGitHub, startGitHub } from '../helpers/github.js'

describe('readRepositoryFile', () => {
  let github: GitHubServer
  const repo = 'octo/read-file'
  const small = Buffer.from('{"small":true}\n')
  // Over 1 MB: the contents API leaves the bytes out; not valid UTF-8 either, so bytes must come back as bytes.
  const large = Buffer.concat([Buffer.alloc(1024 * 1024, 'x'), Buffer.from([0xff, 0x00, 0xfe])])
  const read = (path: string, ref?: string) =>
    readRepositoryFile(octokitFor(github, READ_TOKEN), { owner: 'octo', repo: 'read-file', path, ref })
  const paths = () => github.requests.map((r) => `${r.method} ${decodeURIComponent(r.path)}`)

  beforeAll(async () => {
    github = await startGitHub()
    await github.createRepo(repo, {
      files: { 'data/small.json': small, 'data/large.bin': large, 'data/nested/x.json': '{}\n' }
    })
  })
  afterAll(() => github.close())
  beforeEach(() => resetGitHub(github))

  it('reads a file under 1 MB from the one GET contents answer', async () => {
    const file = await read('data/small.json')
    expect(file).toMatchObject({ state: 'file', sha: gitBlobSha(small), size: small.length, inline: true })
    if (file.state !== 'file') throw new Error('not a file')
    expect(await file.bytes()).toEqual(small)
    expect(paths()).toEqual(['GET /repos/octo/read-file/contents/data/small.json'])
  })

  it('reads a file over 1 MB from its blob, only when its bytes are asked for, at a given ref', async () => {
    const head = (await github.git(repo, 'rev-parse', 'main')).trim()
    const file = await read('data/large.bin', head)
    expect(file).toMatchObject({ state: 'file', sha: gitBlobSha(large), size: large.length, inline: false })
    if (file.state !== 'file') throw new Error('not a file')
    expect(paths()).toEqual(['GET /repos/octo/read-file/contents/data/large.bin'])
    const bytes = await file.bytes()
    expect(bytes.equals(large)).toBe(true)
    expect(await file.bytes()).toBe(bytes)
    expect(paths()).toEqual([
      'GET /repos/octo/read-file/contents/data/large.bin',
      `GET /repos/octo/read-file/git/blobs/${gitBlobSha(large)}`
    ])
    expect(github.requests[0].query).toContain(`ref=${head}`)
  })

  it('says not-found for a missing path, branch or repository, and leaves telling them apart to the caller', async () => {
    expect(await read('data/missing.json')).toEqual({ state: 'not-found' })
    expect(await read('data/small.json', 'no-such-branch')).toEqual({ state: 'not-found' })
    expect(
      await readRepositoryFile(octokitFor(github, READ_TOKEN), { owner: 'octo', repo: 'nothing-here', path: 'a.json' })
    ).toEqual({ state: 'not-found' })
  })

  it('says not-a-file for a folder', async () => {
    expect(await read('data/nested')).toEqual({ state: 'not-a-file', type: 'dir' })
    expect(await read('data')).toEqual({ state: 'not-a-file', type: 'dir' })
  })

  it('refuses bytes that do not match the sha GitHub gave', async () => {
    github.faults.add({
      method: 'GET',
      path: /^\/repos\/octo\/read-file\/contents\/data(\/|%2F)small\.json$/,
      fault: {
        kind: 'status',
        status: 200,
        body: {
          type: 'file',
          path: 'data/small.json',
          sha: gitBlobSha(small),
          size: 5,
          encoding: 'base64',
          content: Buffer.from('other').toString('base64')
        }
      }
    })
    const file = await read('data/small.json')
    if (file.state !== 'file') throw new Error('not a file')
    await expect(file.bytes()).rejects.toThrow(GitHubApiError)
    await expect(file.bytes()).rejects.toThrow(/other bytes than its blob/)
  })
})
