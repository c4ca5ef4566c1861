// The diff engine: what writing a backed-up document over the one Postman holds changes. Items are
// matched by ID, else by path of names; what the API manages (IDs, timestamps) never counts.
import { describe, expect, it } from '@jest/globals'
import { planRestore } from '../../src/diff/document-diff.js'
import { V21 } from '../../test-servers/samples.js'
import { collection, folder, request, type Json } from './fixtures.js'

describe('planRestore', () => {
  it('lists requests added, removed and changed, matched by id (a rename or move is a change, with where it was)', () => {
    const current = collection([
      folder('Orders', [request('List', 'r1'), request('Create', 'r2'), request('Gone', 'r3')], 'f1'),
      request('Health', 'r4')
    ])
    const backup = collection([
      folder(
        'Orders',
        [request('List all', 'r1'), request('Create', 'r2', 'https://example.com/v2/create'), request('Refund', 'r5')],
        'f1'
      ),
      request('Health', 'r4')
    ])
    const plan = planRestore('collection', backup, current)
    expect(plan.requests.added).toEqual([{ path: ['Orders', 'Refund'], id: 'r5' }])
    expect(plan.requests.removed).toEqual([{ path: ['Orders', 'Gone'], id: 'r3' }])
    expect(plan.requests.changed).toEqual([
      { path: ['Orders', 'List all'], id: 'r1', from: ['Orders', 'List'] },
      { path: ['Orders', 'Create'], id: 'r2' }
    ])
    expect(plan.requests.unchanged).toBe(1)
    expect(plan.folders).toEqual({ added: [], removed: [], changed: [], unchanged: 1 })
    expect(plan.changed).toBe(true)
  })

  it('matches by path of names when items have no id (or not the same ids)', () => {
    const current = collection([folder('A', [request('One', 'x1'), request('Two', 'x2')], 'fa')])
    const backup = collection([
      folder('A', [request('One'), request('Two', undefined, 'https://changed')]),
      folder('B', [])
    ])
    const plan = planRestore('collection', backup, current)
    expect(plan.requests.changed.map((e) => e.path)).toEqual([['A', 'Two']])
    expect(plan.requests.unchanged).toBe(1)
    expect(plan.folders.added).toEqual([{ path: ['B'] }])
    expect(plan.requests.added).toEqual([])
    expect(plan.requests.removed).toEqual([])
  })

  it('compares variables by key and the other properties by name', () => {
    const current = collection([], {
      variable: [
        { key: 'a', value: '1' },
        { key: 'b', value: '2' }
      ],
      auth: { type: 'noauth' }
    })
    const backup = {
      ...collection([], {
        variable: [
          { key: 'a', value: '1' },
          { key: 'b', value: '3' },
          { key: 'c', value: '4' }
        ]
      }),
      info: { name: 'Shop 2', schema: V21 }
    }
    const plan = planRestore('collection', backup, current)
    expect(plan.variables).toEqual({ added: ['c'], removed: [], changed: ['b'], unchanged: 1 })
    expect(plan.properties).toEqual(['auth', 'name'])
  })

  it('ignores what the API manages (ids, timestamps) and key order: an equal document plans no change', () => {
    const backup = collection([folder('F', [request('R', 'r1')], 'f1')], {
      variable: [{ key: 'k', value: 'v', type: 'string' }]
    })
    const current = JSON.parse(JSON.stringify(backup)) as Json
    current.info = { schema: V21, name: 'Shop', _postman_id: 'c1', updatedAt: '2024-01-01T00:00:00.000Z', uid: '1-c1' }
    ;((current.item as Json[])[0] as Json).updatedAt = '2024-01-01T00:00:00.000Z'
    const plan = planRestore('collection', backup, current)
    expect(plan.changed).toBe(false)
    expect(plan.requests.unchanged).toBe(1)
  })

  it('counts everything as added for a new document', () => {
    const plan = planRestore('collection', collection([folder('F', [request('R1'), request('R2')])]), undefined)
    expect(plan.requests.added).toHaveLength(2)
    expect(plan.folders.added).toHaveLength(1)
    expect(plan.changed).toBe(true)
  })

  it('diffs environment values by key', () => {
    const current = {
      id: 'e1',
      name: 'Staging',
      values: [
        { key: 'url', value: 'a' },
        { key: 'old', value: 'x' }
      ],
      updatedAt: 'then'
    }
    const backup = {
      id: 'e1',
      name: 'Staging',
      values: [
        { key: 'url', value: 'b' },
        { key: 'new', value: 'y' }
      ],
      updatedAt: 'now'
    }
    expect(planRestore('environment', backup, current)).toMatchObject({
      variables: { added: ['new'], removed: ['old'], changed: ['url'], unchanged: 0 },
      properties: [],
      changed: true
    })
  })
})
