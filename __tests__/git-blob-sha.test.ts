import { execFileSync } from 'node:child_process'
import { describe, expect, it } from '@jest/globals'
import { gitBlobSha } from '../src/git-blob-sha.js'

const gitHashObject = (bytes: Buffer) =>
  execFileSync('git', ['hash-object', '--stdin'], { input: bytes }).toString().trim()

describe('gitBlobSha', () => {
  it.each([
    ['empty', Buffer.alloc(0)],
    ['ascii', Buffer.from('{\n  "a": 1\n}\n')],
    ['unicode', Buffer.from('{"name": "Zahlungen 💶 — Überweisung"}\n')],
    ['binary', Buffer.from([0, 1, 2, 255, 254, 10, 13])]
  ])('equals git hash-object for %s content', (_, bytes) => {
    expect(gitBlobSha(bytes)).toBe(gitHashObject(bytes))
  })

  it('hashes a string as its UTF-8 bytes', () => {
    const text = 'Ünïcödé ✓\n'
    expect(gitBlobSha(text)).toBe(gitHashObject(Buffer.from(text, 'utf8')))
  })

  it('matches the well-known SHA of the empty blob', () => {
    expect(gitBlobSha('')).toBe('e69de29bb2d1d6434b8b29ae775ad8c2e48c5391')
  })
})
