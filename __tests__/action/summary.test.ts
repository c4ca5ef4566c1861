// The job summary shows names from Postman as text: one line, no Markdown image or link, no HTML.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { writeSummary } from '../../src/action/summary.js'
import type { WorkspaceBackupResult } from '../../src/backup/index.js'

describe('writeSummary', () => {
  let folder: string
  let file: string
  const saved = process.env.GITHUB_STEP_SUMMARY
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'summary-'))
    file = join(folder, 'summary.md')
    writeFileSync(file, '')
    process.env.GITHUB_STEP_SUMMARY = file
    core.summary.emptyBuffer()
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.GITHUB_STEP_SUMMARY
    else process.env.GITHUB_STEP_SUMMARY = saved
    rmSync(folder, { recursive: true, force: true })
  })

  it('escapes Markdown and HTML in names and keeps each on one line', async () => {
    const name =
      'Orders\n\n![x](https://evil.example/p.png) [click](https://evil.example)\n\n<img src=x onerror=alert(1)> @team #12'
    const result = {
      changed: true,
      dryRun: false,
      repository: 'o/r',
      branch: 'main',
      commitSha: '0123456789abcdef',
      commitUrl: 'https://github.com/o/r/commit/0123456789abcdef',
      files: [
        { kind: 'collection', id: 'c1', uid: '1-c1', name, path: 'x.json', changed: true, redacted: 0, status: 'ok' }
      ],
      deleted: [],
      collections: 1,
      environments: 0,
      changedFiles: 1,
      warnings: [],
      postmanRequests: 1,
      failed: []
    } as unknown as WorkspaceBackupResult
    await writeSummary(result)
    const text = readFileSync(file, 'utf8')
    const cell = text.split('\n').find((line) => line.includes('Orders')) ?? ''
    expect(cell).toContain('Orders')
    expect(cell).not.toContain('![x](')
    expect(cell).not.toContain('](https://')
    expect(cell).not.toContain('<img')
    expect(cell).toContain('&#60;img')
    expect(text).not.toMatch(/Orders\s*\n\s*\n/)
    expect(text).not.toContain('https://evil.example')
  })
})
