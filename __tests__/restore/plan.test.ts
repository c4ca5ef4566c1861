// The plan's view of secrets: which secret places are blank in a backup (and so stay blank).
import { describe, expect, it } from '@jest/globals'
import { blankedFields } from '../../src/restore/secrets.js'
import { collection, request } from './fixtures.js'

describe('blankedFields', () => {
  it('counts the secret places that are blank, and only those', () => {
    const doc = collection(
      [
        {
          ...request('R'),
          request: { method: 'GET', url: 'x', auth: { type: 'bearer', bearer: [{ key: 'token', value: '' }] } }
        }
      ],
      {
        auth: {
          type: 'basic',
          basic: [
            { key: 'username', value: '' },
            { key: 'password', value: '' }
          ]
        },
        variable: [
          { key: 's', value: '', type: 'secret' },
          { key: 'plain', value: '', type: 'string' },
          { key: 'kept', value: 'still-secret', type: 'secret' }
        ]
      }
    )
    expect(blankedFields('collection', doc).map((f) => [f.pointer, f.kind])).toEqual([
      ['/variable/0/value', 'secret variable'],
      ['/auth/basic/1/value', 'basic password'],
      ['/item/0/request/auth/bearer/0/value', 'bearer token']
    ])
    expect(
      blankedFields('environment', {
        name: 'E',
        values: [
          { key: 'a', value: '', type: 'secret' },
          { key: 'b', value: '', type: 'default' }
        ]
      })
    ).toHaveLength(1)
  })
})
