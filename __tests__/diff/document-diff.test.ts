// The changelog's view of the diff engine: renames and moves as such, examples per request,
// variables by key (names only), folders with what they hold.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { countContents, diffDocuments, planRestore } from '../../src/diff/index.js'
import { collection, folder, request, type Json } from '../restore/fixtures.js'

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test-servers/postman/fixtures/${name}`, import.meta.url), 'utf8')) as Json
const example = (name: string, id?: string, body = 'ok') => ({ name, ...(id ? { id } : {}), code: 200, body })
const withExamples = (item: Json, response: unknown[]) => ({ ...item, response })

describe('diffDocuments', () => {
  const before = collection([
    folder('Orders', [request('Create order', 'r1'), request('Refund', 'r2'), request('List', 'r3')], 'f1'),
    folder('Payments', [request('Charge', 'r4')], 'f2'),
    folder(
      'Admin',
      [request('A', 'a1'), folder('Deep', [request('B', 'a2'), request('C', 'a3')], 'a4'), request('D', 'a5')],
      'f3'
    )
  ])

  it('reports renames and moves as such, apart from content changes, matched by id', () => {
    const after = collection([
      folder(
        'Orders',
        [
          request('Place order', 'r1', 'https://example.com/Create order'),
          request('List', 'r3', 'https://example.com/v2/list')
        ],
        'f1'
      ),
      folder('Payments', [request('Charge', 'r4'), request('Refund', 'r2')], 'f2'),
      folder(
        'Admin',
        [request('A', 'a1'), folder('Deep', [request('B', 'a2'), request('C', 'a3')], 'a4'), request('D', 'a5')],
        'f3'
      )
    ])
    const diff = diffDocuments('collection', before, after)
    expect(diff.requests.renamed).toEqual([{ path: ['Orders', 'Place order'], id: 'r1', from: 'Create order' }])
    expect(diff.requests.moved).toEqual([
      { path: ['Payments', 'Refund'], id: 'r2', fromFolder: ['Orders'], toFolder: ['Payments'] }
    ])
    expect(diff.requests.changed).toEqual([{ path: ['Orders', 'List'], id: 'r3' }])
    expect(diff.requests.added).toEqual([])
    expect(diff.requests.removed).toEqual([])
    expect(diff.requests.unchanged).toBe(5)
    expect(diff.changed).toBe(true)
  })

  it('a renamed folder is one rename: its requests are not reported as moved', () => {
    const after = JSON.parse(JSON.stringify(before)) as Json
    ;((after.item as Json[])[0] as Json).name = 'Purchases'
    const diff = diffDocuments('collection', before, after)
    expect(diff.folders.renamed).toEqual([{ path: ['Purchases'], id: 'f1', from: 'Orders' }])
    expect(diff.requests.moved).toEqual([])
    expect(diff.requests.renamed).toEqual([])
    expect(diff.requests.changed).toEqual([])
    // Restore's view is kept: every item under a new path is "changed", with where it was.
    const plan = planRestore('collection', after, before)
    expect(plan.requests.changed.map((e) => e.from)).toEqual([
      ['Orders', 'Create order'],
      ['Orders', 'Refund'],
      ['Orders', 'List']
    ])
  })

  it('a folder removed carries its request count; what was inside is marked as removed with it', () => {
    const after = collection([(before.item as Json[])[0], (before.item as Json[])[1]])
    const diff = diffDocuments('collection', before, after)
    expect(diff.folders.removed).toEqual([
      { path: ['Admin'], id: 'f3', requests: 4 },
      { path: ['Admin', 'Deep'], id: 'a4', within: ['Admin'], requests: 2 }
    ])
    expect(diff.requests.removed.map((e) => [e.path.join('/'), e.within])).toEqual([
      ['Admin/A', ['Admin']],
      ['Admin/Deep/B', ['Admin']],
      ['Admin/Deep/C', ['Admin']],
      ['Admin/D', ['Admin']]
    ])
  })

  it('matches by path of names when there are no ids: a rename is then a removal and an addition', () => {
    const then = collection([folder('F', [request('One'), request('Two')])])
    const now = collection([folder('F', [request('Uno'), request('Two', undefined, 'https://changed')])])
    const diff = diffDocuments('collection', then, now)
    expect(diff.requests.added).toEqual([{ path: ['F', 'Uno'] }])
    expect(diff.requests.removed).toEqual([{ path: ['F', 'One'] }])
    expect(diff.requests.changed).toEqual([{ path: ['F', 'Two'] }])
    expect(diff.requests.renamed).toEqual([])
  })

  it('reports examples added, removed, changed and renamed per request; the request itself is unchanged', () => {
    const then = collection([
      withExamples(request('Create', 'r1'), [example('201 Created', 'e1'), example('400', 'e2'), example('Old')])
    ])
    const now = collection([
      withExamples(request('Create', 'r1'), [
        example('201 Created', 'e1', 'changed body'),
        example('400 Bad request', 'e2'),
        example('409 Conflict')
      ])
    ])
    const diff = diffDocuments('collection', then, now)
    expect(diff.examples).toEqual({
      added: [{ request: ['Create'], name: '409 Conflict' }],
      removed: [{ request: ['Create'], name: 'Old' }],
      changed: [{ request: ['Create'], name: '201 Created', id: 'e1' }],
      renamed: [{ request: ['Create'], name: '400 Bad request', id: 'e2', from: '400' }],
      unchanged: 0
    })
    expect(diff.requests.changed).toEqual([])
    expect(diff.requests.unchanged).toBe(1)
  })

  it('compares environment variables by key, names only, and reports a document rename', () => {
    const then = fixture('staging.postman_environment.json')
    const now = JSON.parse(JSON.stringify(then)) as Json
    now.name = 'Staging EU'
    const values = now.values as Json[]
    values[0].value = 'https://eu.staging.example.com'
    values.splice(2, 1)
    values.push({ key: 'region', value: 'eu-west-1', enabled: true })
    now._postman_exported_at = '2025-01-01T00:00:00.000Z'
    const diff = diffDocuments('environment', then, now)
    expect(diff.variables).toEqual({ added: ['region'], removed: ['legacyUrl'], changed: ['baseUrl'], unchanged: 2 })
    expect(diff.renamedFrom).toBe('Staging')
    expect(diff.properties).toEqual([])
    expect(JSON.stringify(diff)).not.toMatch(/eu\.staging|eu-west-1|not-a-real-token|old\.example/)
  })

  it('ignores managed fields, key order and formatting', () => {
    const then = fixture('bookshop.postman_collection.json')
    const now = JSON.parse(JSON.stringify(then)) as Json
    const info = ((now.collection ?? now) as Json).info as Json
    info.updatedAt = '2030-01-01T00:00:00.000Z'
    const diff = diffDocuments('collection', then.collection ?? then, now.collection ?? now)
    expect(diff.changed).toBe(false)
    expect(countContents('collection', then.collection ?? then)).toEqual({
      requests: 3,
      folders: 1,
      examples: 1,
      variables: expect.any(Number)
    })
  })

  it('with no previous version everything is added; with no new one everything is removed', () => {
    const created = diffDocuments('collection', undefined, before)
    expect(created.requests.added).toHaveLength(8)
    expect(created.folders.added.filter((f) => !f.within).map((f) => f.path)).toEqual([
      ['Orders'],
      ['Payments'],
      ['Admin']
    ])
    expect(created.properties).toEqual([])
    const removed = diffDocuments('collection', before, undefined)
    expect(removed.requests.removed).toHaveLength(8)
    expect(removed.renamedFrom).toBeUndefined()
  })
})
