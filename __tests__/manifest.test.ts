import { describe, expect, it } from '@jest/globals'
import { emptyManifest, findEntry, parseManifest, serializeManifest, type Manifest } from '../src/manifest.js'
import { silentLogger, type Logger } from '../src/logger.js'

const entry = (id: string, name: string) => ({
  kind: 'collection' as const,
  id,
  uid: `1-${id}`,
  name,
  updatedAt: '2026-01-01T00:00:00.000Z',
  sha: 'a'.repeat(40),
  redact: 'secrets',
  redacted: 0
})

describe('manifest', () => {
  it('serializes deterministically: sorted paths, fixed key order, trailing newline', () => {
    const a: Manifest = { version: 1, files: { 'b.json': entry('b', 'B'), 'a.json': entry('a', 'A') } }
    const reordered = {
      name: 'A',
      id: 'a',
      kind: 'collection' as const,
      uid: '1-a',
      redacted: 0,
      redact: 'secrets',
      sha: 'a'.repeat(40),
      updatedAt: '2026-01-01T00:00:00.000Z'
    }
    const b: Manifest = { version: 1, files: { 'a.json': reordered, 'b.json': entry('b', 'B') } }
    expect(serializeManifest(a)).toBe(serializeManifest(b))
    expect(Object.keys(JSON.parse(serializeManifest(a)).files)).toEqual(['a.json', 'b.json'])
    expect(serializeManifest(a).endsWith('}\n')).toBe(true)
  })

  it('round-trips through parse', () => {
    const m: Manifest = { version: 1, files: { 'x.json': entry('x', 'X') } }
    expect(parseManifest(Buffer.from(serializeManifest(m)), silentLogger)).toEqual(m)
  })

  it('treats an unreadable manifest as absent, with a warning', () => {
    const warnings: string[] = []
    const logger: Logger = { ...silentLogger, warn: (m) => warnings.push(m) }
    expect(parseManifest(Buffer.from('{not json'), logger)).toEqual(emptyManifest())
    expect(parseManifest(Buffer.from('{"version": 9, "files": {}}'), logger)).toEqual(emptyManifest())
    expect(warnings).toHaveLength(2)
    expect(warnings[0]).toMatch(/could not be read.*full backup/)
    expect(parseManifest(undefined, logger)).toEqual(emptyManifest())
  })

  it('finds an entry by kind and ID', () => {
    const m: Manifest = { version: 1, files: { 'x.json': entry('x', 'X') } }
    expect(findEntry(m, 'collection', 'x')?.path).toBe('x.json')
    expect(findEntry(m, 'environment', 'x')).toBeUndefined()
  })
})
