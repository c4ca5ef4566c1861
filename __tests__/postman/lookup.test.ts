import { describe, expect, it } from '@jest/globals'
import { AmbiguousNameError, PostmanNotFoundError } from '../../src/errors.js'
import type { CollectionSummary, PostmanClient } from '../../src/postman/client.js'
import { closestNames, referenceKind, resolveCollection } from '../../src/postman/lookup.js'

const ID = '12ece9e1-2abf-4edc-8e34-de66e74114d2'
const UID = `12345678-${ID}`

/** An in-memory stand-in for the Postman API, recording the calls made. */
function fakeClient(collections: Array<CollectionSummary & { workspace?: string }>, workspaces: string[] = []) {
  const calls: string[] = []
  const client = {
    async listCollections(workspace?: string) {
      calls.push(`list ${workspace ?? '*'}`)
      return collections.filter((c) => !workspace || c.workspace === workspace).map(({ workspace: _w, ...c }) => c)
    },
    async getCollection(idOrUid: string) {
      calls.push(`get ${idOrUid}`)
      const found = collections.find((c) => c.id === idOrUid || c.uid === idOrUid)
      if (!found) throw new PostmanNotFoundError('Postman has no collection')
      return { info: { _postman_id: found.id, name: found.name, uid: found.uid }, item: [] }
    },
    async getWorkspace(id: string) {
      calls.push(`workspace ${id}`)
      if (!workspaces.includes(id)) throw new PostmanNotFoundError('no workspace')
      return { id, name: id }
    }
  }
  return { client: client as unknown as PostmanClient, calls }
}

const summary = (id: string, name: string, workspace?: string) => ({ id, uid: `1-${id}`, name, workspace })

describe('referenceKind', () => {
  it('tells IDs, UIDs and names apart', () => {
    expect(referenceKind(ID)).toBe('id')
    expect(referenceKind(ID.toUpperCase())).toBe('id')
    expect(referenceKind(UID)).toBe('uid')
    expect(referenceKind('Orders API')).toBe('name')
    expect(referenceKind(`x${ID}`)).toBe('name')
  })
})

describe('resolveCollection', () => {
  it('fetches an ID directly, without listing', async () => {
    const { client, calls } = fakeClient([{ id: ID, uid: UID, name: 'Orders' }])
    const found = await resolveCollection(client, ID)
    expect(found).toMatchObject({ id: ID, uid: UID, name: 'Orders' })
    expect(calls).toEqual([`get ${ID}`])
  })

  it('fetches a UID directly', async () => {
    const { client, calls } = fakeClient([{ id: ID, uid: UID, name: 'Orders' }])
    expect((await resolveCollection(client, UID)).id).toBe(ID)
    expect(calls).toEqual([`get ${UID}`])
  })

  it('explains an unknown ID', async () => {
    const { client } = fakeClient([])
    await expect(resolveCollection(client, ID)).rejects.toThrow(
      /No collection with ID "12ece9e1-.*" is visible to this Postman API key/
    )
  })

  it('prefers an exact name match over case-insensitive ones', async () => {
    const { client, calls } = fakeClient([summary('a', 'orders api'), summary('b', 'Orders API')])
    expect((await resolveCollection(client, 'Orders API')).id).toBe('b')
    expect(calls).toEqual(['list *', 'get 1-b'])
  })

  it('falls back to a case-insensitive match', async () => {
    const { client } = fakeClient([summary('a', 'Orders API'), summary('b', 'Payments')])
    expect((await resolveCollection(client, 'orders api')).id).toBe('a')
  })

  it('lists the IDs when a name is ambiguous and tells the user to pass one', async () => {
    const { client } = fakeClient([summary('a', 'Orders'), summary('b', 'Orders')])
    const error = await resolveCollection(client, 'Orders').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousNameError)
    expect((error as Error).message).toMatch(
      /2 collections are named "Orders": "Orders" \(ID a\), "Orders" \(ID b\)\. Set collection to the ID/
    )
    expect((error as AmbiguousNameError).candidates.map((c) => c.id)).toEqual(['a', 'b'])
  })

  it('suggests the closest names when nothing matches', async () => {
    const { client } = fakeClient([
      summary('a', 'Orders API'),
      summary('b', 'Payments'),
      summary('c', 'Order API v2'),
      summary('d', 'Zzz')
    ])
    await expect(resolveCollection(client, 'Ordres API')).rejects.toThrow(
      /No collection named "Ordres API".*Closest names: "Orders API", "Order API v2"/
    )
  })

  it('scopes the lookup to a workspace', async () => {
    const { client, calls } = fakeClient([summary('a', 'Orders', 'w1'), summary('b', 'Orders', 'w2')], ['w1', 'w2'])
    expect((await resolveCollection(client, 'Orders', { workspace: 'w2' })).id).toBe('b')
    expect(calls).toEqual(['list w2', 'get 1-b'])
  })

  it('says so when the workspace does not exist (Postman answers an empty list)', async () => {
    const { client, calls } = fakeClient([summary('a', 'Orders', 'w1')], ['w1'])
    await expect(resolveCollection(client, 'Orders', { workspace: 'nope' })).rejects.toThrow(
      /Workspace "nope" does not exist or is not visible/
    )
    expect(calls).toEqual(['list nope', 'workspace nope'])
  })

  it('says the workspace is empty when it exists but has no collections', async () => {
    const { client } = fakeClient([], ['w1'])
    await expect(resolveCollection(client, 'Orders', { workspace: 'w1' })).rejects.toThrow(
      /There are no collections in workspace "w1"/
    )
  })
})

describe('closestNames', () => {
  it('ranks substrings and small edit distances first', () => {
    expect(closestNames('pets', ['Petstore', 'Users', 'Pots'])).toEqual(['Petstore', 'Pots', 'Users'])
  })
})
