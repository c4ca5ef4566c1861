// The registry of document kinds: every kind says what the pipeline needs, and the spec kind keeps
// every file inside its folder.
import { describe, expect, it } from '@jest/globals'
import { InputError } from '../../src/errors.js'
import { countByKind, countLabel, isDocumentKind, KINDS, kindOf } from '../../src/kinds/index.js'
import { findOption } from '../../src/options/table.js'

describe('the kinds registry', () => {
  it('holds collections, environments, globals and specs, each once', () => {
    expect(KINDS.map((k) => k.kind)).toEqual(['collection', 'environment', 'globals', 'spec'])
    for (const k of KINDS) expect(kindOf(k.kind)).toBe(k)
    expect(isDocumentKind('globals')).toBe(true)
    expect(isDocumentKind('mock')).toBe(false)
  })

  it('names options that exist in the table', () => {
    for (const k of KINDS) {
      if (k.referencesOption) expect(findOption(k.referencesOption)).toBe(k.referencesOption)
      if (k.template) expect(findOption(k.template.input)).toBe(k.template.option)
    }
  })

  it('words counts per kind', () => {
    expect(countLabel('collection', 1)).toBe('1 collection')
    expect(countLabel('environment', 2)).toBe('2 environments')
    expect(countLabel('spec', 3)).toBe('3 specs')
    expect(countByKind([{ kind: 'spec' }, { kind: 'spec' }, { kind: 'collection' }])).toEqual({
      collection: 1,
      environment: 0,
      globals: 0,
      spec: 2
    })
  })

  it('names files from the templates, a spec in a folder of its own', () => {
    const values = { name: 'Orders: v2', id: 'i', uid: 'u' }
    expect(kindOf('collection').fileName('{name}.postman_collection.json', values)).toBe(
      'Orders_ v2.postman_collection.json'
    )
    expect(kindOf('globals').fileName('globals.postman_globals.json', values)).toBe('globals.postman_globals.json')
    expect(kindOf('spec').fileName('', values)).toBe('specs/Orders_ v2/spec.json')
    expect(kindOf('spec').fileName('', { ...values, name: '..' })).toMatch(/^specs\/[^/]+\/spec\.json$/)
  })

  it('refuses spec file paths that would leave the folder or clash, and serializes the others as they are', () => {
    const spec = kindOf('spec')
    const doc = (paths: string[]) => ({
      id: 's',
      name: 'S',
      type: 'OPENAPI:3.0',
      files: paths.map((path) => ({ path, type: 'DEFAULT', content: 'x: 1' }))
    })
    for (const bad of ['../escape.yaml', '/abs.yaml', 'a/../../b.yaml', '.git/config', 'spec.json', 'a\\b.yaml']) {
      const result = spec.validate(doc(['index.yaml', bad]), 'lenient')
      expect([bad, result.valid]).toEqual([bad, false])
      expect(result.errors[0].pointer).toBe('/files/1/path')
    }
    expect(spec.validate(doc(['A.yaml', 'a.yaml']), 'lenient').valid).toBe(false)
    const good = doc(['index.yaml', 'paths/orders.yaml'])
    expect(spec.validate(good, 'strict')).toMatchObject({ valid: true })
    const { content, extra } = spec.serialize(good)
    expect(JSON.parse(content)).toEqual({
      id: 's',
      name: 'S',
      type: 'OPENAPI:3.0',
      files: [
        { path: 'index.yaml', type: 'DEFAULT' },
        { path: 'paths/orders.yaml', type: 'DEFAULT' }
      ]
    })
    expect(extra).toEqual([
      { path: 'index.yaml', content: 'x: 1' },
      { path: 'paths/orders.yaml', content: 'x: 1' }
    ])
  })

  it('redacts globals like an environment, and records none for specs', () => {
    const globals = kindOf('globals')
    const { redacted } = globals.redact(
      { name: 'Globals', values: [{ key: 't', value: 'x', type: 'secret', enabled: true }] },
      'secrets'
    )
    expect(redacted.map((r) => r.pointer)).toEqual(['/values/0/value'])
    expect(kindOf('spec').redactMode('secrets')).toBe('none')
  })

  it('needs a workspace to list globals or specs', async () => {
    const client = {} as Parameters<(typeof KINDS)[number]['list']>[0]
    await expect(kindOf('globals').list(client, undefined)).rejects.toThrow(InputError)
    await expect(kindOf('spec').list(client, undefined)).rejects.toThrow(InputError)
  })
})
