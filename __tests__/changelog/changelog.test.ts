// Changelogs of backups: the commit message body, the `{changes}` one-liner, Markdown and the
// `changes` output, from real documents; names are untrusted, values never shown.
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  changesOutput,
  describeChanges,
  displayName,
  DOCUMENT_REMOVED,
  escapeMarkdown,
  oneLine,
  PREVIOUS_UNKNOWN,
  renderChangesMarkdown,
  renderChangesSummary,
  renderCommitBody
} from '../../src/changelog/index.js'
import { V21 } from '../../test-servers/samples.js'
import { folder, request, type Json } from '../restore/fixtures.js'

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../test-servers/postman/fixtures/${name}`, import.meta.url), 'utf8')) as Json
const named = (name: string, item: unknown[], extra: Json = {}) => ({ info: { name, schema: V21 }, item, ...extra })
const copy = <T>(value: T) => JSON.parse(JSON.stringify(value)) as T

const ordersBefore = named('Orders API', [
  folder('Orders', [request('Create order', 'o1'), request('List orders', 'o2')], 'f1'),
  folder('Refunds', [], 'f2')
])
const ordersAfter = named('Orders API', [
  folder(
    'Orders',
    [request('Create order', 'o1', 'https://example.com/v2/orders'), request('List orders', 'o2')],
    'f1'
  ),
  folder('Refunds', [request('Create refund', 'r1'), request('Get refund', 'r2')], 'f2')
])
const usersBefore = named('Users API', [
  folder(
    'Admin',
    [request('A', 'u1'), request('B', 'u2'), folder('Roles', [request('C', 'u3'), request('D', 'u4')])],
    'f9'
  ),
  request('Me', 'u5')
])
const usersAfter = named('Users API', [request('Me', 'u5')])
const staging = fixture('staging.postman_environment.json')
const stagingAfter = copy(staging)
;(stagingAfter.values as Json[])[0].value = 'https://new-staging.example.com/v2'

const issueExample = () =>
  describeChanges([
    {
      kind: 'collection',
      name: 'Orders API',
      path: 'Postman collections/Orders API.postman_collection.json',
      before: ordersBefore,
      after: ordersAfter
    },
    { kind: 'collection', name: 'Users API', before: usersBefore, after: usersAfter },
    {
      kind: 'environment',
      name: 'Staging',
      path: 'Postman environments/Staging.postman_environment.json',
      before: staging,
      after: stagingAfter
    }
  ])

describe('renderCommitBody', () => {
  it('says per document what changed, wrapped at 72 columns with a two-space indent', () => {
    expect(renderCommitBody(issueExample())).toBe(
      [
        'Orders API: 2 requests added (Refunds / Create refund, Refunds / Get',
        '  refund), 1 changed (Orders / Create order)',
        'Users API: folder "Admin" removed (4 requests)',
        'Staging (environment): variable baseUrl changed'
      ].join('\n')
    )
  })

  it('reports renames and moves, examples, created, removed and formatting-only documents', () => {
    const before = named('Shop', [
      folder('Orders', [request('Create order', 'o1'), request('Refund', 'o2')], 'f1'),
      folder('Payments', [{ ...request('Charge', 'p1'), response: [{ name: '200 OK', id: 'e1', code: 200 }] }], 'f2')
    ])
    const after = named('Shop', [
      folder('Orders', [request('Place order', 'o1', 'https://example.com/Create order')], 'f1'),
      folder(
        'Payments',
        [
          {
            ...request('Charge', 'p1'),
            response: [
              { name: '200 OK', id: 'e1', code: 200 },
              { name: '402 Declined', code: 402 }
            ]
          },
          request('Refund', 'o2')
        ],
        'f2'
      )
    ])
    const reformatted = copy(fixture('bookshop.postman_collection.json'))
    const bookshop = (reformatted.collection ?? reformatted) as Json
    ;(bookshop.info as Json).updatedAt = '2031-01-01T00:00:00.000Z'
    const changes = describeChanges([
      { kind: 'collection', name: 'Shop', before, after },
      { kind: 'collection', name: 'Bookshop', before: fixture('bookshop.postman_collection.json'), after: reformatted },
      {
        kind: 'collection',
        name: 'New API',
        after: named('New API', [folder('F', [request('X'), request('Y')]), request('Z')])
      },
      { kind: 'environment', name: 'Old env', before: staging, after: DOCUMENT_REMOVED },
      { kind: 'globals', name: 'Globals', before: PREVIOUS_UNKNOWN, after: { name: 'Globals', values: [] } }
    ])
    expect(changes.map((c) => c.status)).toEqual(['changed', 'formatting', 'created', 'removed', 'updated'])
    expect(renderCommitBody(changes, { width: 200 }).split('\n')).toEqual([
      'Shop: 1 request renamed ("Create order" → "Place order"), 1 moved ("Refund" from Orders to Payments), example "402 Declined" of Payments / Charge added',
      'Bookshop: only formatting or fields Postman manages changed',
      'New API: created (3 requests in 1 folder)',
      'Old env (environment): removed (4 variables)',
      'Globals (globals): updated (the previous version could not be compared)'
    ])
    expect(renderCommitBody(changes, { includeFormatting: false })).not.toContain('Bookshop')
  })

  it('caps long lists with "and N more", and many documents too', () => {
    const many = Array.from({ length: 12 }, (_, i) => request(`Request ${i + 1}`, `r${i}`))
    const [change] = describeChanges([
      { kind: 'collection', name: 'Big', before: named('Big', []), after: named('Big', many) }
    ])
    const body = renderCommitBody([change])
    expect(body).toBe('Big: 12 requests added (Request 1, Request 2, Request 3, Request 4,\n  Request 5 and 7 more)')
    const documents = Array.from({ length: 4 }, () => change)
    expect(renderCommitBody(documents, { maxDocuments: 2 }).split('\n').pop()).toBe('and 2 more documents')
  })

  it('puts every name on one line, so no name can forge a trailer such as Co-authored-by', () => {
    const evil = 'x\nCo-authored-by: Mallory <mallory@example.com>'
    const changes = describeChanges([
      {
        kind: 'collection',
        name: `Orders${evil}`,
        before: named('Orders', [request('A', 'a')]),
        after: named('Orders', [request('A', 'a'), request(`B${evil}\u2028\r`, 'b')])
      },
      // A name that alone reads as a trailer key is quoted.
      {
        kind: 'collection',
        name: 'Co-authored-by',
        after: named('Co-authored-by', [request('Mallory <m@example.com>')])
      }
    ])
    const body = renderCommitBody(changes)
    for (const line of body.split('\n')) expect(line).not.toMatch(/^[A-Za-z0-9-]+:/)
    const joiner = '\u2060'
    expect(body).toContain(`Ordersx Co-authored-by: Mallory <mallory@${joiner}example.com>: request "Bx`)
    expect(body).toContain('"Co-authored-by": created (1 request)')
    expect(oneLine('a\u0000b\u202ec\td\r\ne')).toBe('a b c d e')
  })
})

describe('renderChangesSummary', () => {
  it('gives one line of counts per document for the subject', () => {
    expect(renderChangesSummary(issueExample(), { maxLength: 200 })).toBe(
      '2 requests added, 1 changed in Orders API; 1 folder removed in Users API; 1 variable changed in Staging'
    )
  })

  it('stays within its length, saying how many documents did not fit', () => {
    const line = renderChangesSummary(issueExample(), { maxLength: 60 })
    expect(line).toBe('2 requests added, 1 changed in Orders API; and 2 more')
    expect(renderChangesSummary(issueExample(), { maxLength: 20 }).length).toBeLessThanOrEqual(20)
    expect(renderChangesSummary([])).toBe('')
  })
})

describe('renderChangesMarkdown', () => {
  it('lists one name per line, linking the file', () => {
    const markdown = renderChangesMarkdown(issueExample(), {
      linkFor: (c) => `https://github.com/octo/backups/blob/main/${encodeURI(c.path ?? '')}`
    })
    expect(markdown.split('\n')).toEqual([
      '**Orders API** (collection) · [Postman collections\\/Orders API\\.postman\\_collection\\.json](https://github.com/octo/backups/blob/main/Postman%20collections/Orders%20API.postman_collection.json)',
      '- 2 requests added:',
      '  - Refunds / Create refund',
      '  - Refunds / Get refund',
      '- request "Orders / Create order" changed',
      '',
      '**Users API** (collection)',
      '- folder "Admin" removed (4 requests)',
      '',
      '**Staging** (environment) · [Postman environments\\/Staging\\.postman\\_environment\\.json](https://github.com/octo/backups/blob/main/Postman%20environments/Staging.postman_environment.json)',
      '- variable baseUrl changed'
    ])
  })

  it('escapes names: no link, image, heading, HTML or autolink can come from one', () => {
    const names = [
      '[click](https://evil.example.com)',
      '![img](https://evil.example.com/x.png)',
      '# Heading',
      '<img src=x onerror=alert(1)>',
      'www.evil.example.com',
      'https://evil.example.com',
      'mail@evil.example.com',
      '**bold** _it_ `code`'
    ]
    const changes = describeChanges([
      {
        kind: 'collection',
        name: '<script>alert(1)</script>\n# Owned',
        before: named('X', []),
        after: named(
          'X',
          names.map((n) => request(n))
        )
      }
    ])
    const markdown = renderChangesMarkdown(changes, { linkFor: () => 'javascript:alert(1)' })
    expect(markdown).not.toMatch(/<(script|img)/)
    expect(markdown).not.toMatch(/(^|[^\\])\[click\]|!\[|\]\(|https:\/\/|www\.|[^\\]@evil|\*\*bold|`code`/)
    expect(markdown).not.toMatch(/^#/m)
    expect(markdown).not.toContain('javascript')
    expect(markdown.split('\n')[0]).toBe('**&lt;script&gt;alert\\(1\\)&lt;\\/script&gt; \\# Owned** (collection)')
    expect(escapeMarkdown('a\nb')).toBe('a b')
    // Issue references and mentions are broken with an invisible word joiner.
    expect(displayName('Fixes #12 for @octocat')).toBe('Fixes #\u206012 for @\u2060octocat')
    expect(oneLine('Fixes #12')).toBe('Fixes #12')
  })
})

describe('changesOutput', () => {
  it('gives counts and names per document, and never a variable value', () => {
    const output = changesOutput(issueExample())
    expect(output[0]).toMatchObject({
      kind: 'collection',
      name: 'Orders API',
      path: 'Postman collections/Orders API.postman_collection.json',
      status: 'changed',
      counts: { requests: { added: 2, removed: 0, changed: 1, renamed: 0, moved: 0 } },
      names: {
        requests: { added: ['Refunds / Create refund', 'Refunds / Get refund'], changed: ['Orders / Create order'] }
      }
    })
    expect(output[1].counts.folders.removed).toBe(2)
    expect(output[1].counts.requests.removed).toBe(4)
    expect(output[2]).toMatchObject({ kind: 'environment', counts: { variables: { changed: 1 } } })
    expect(output[2].names.variables.changed).toEqual(['baseUrl'])
    const text = JSON.stringify(output)
    expect(JSON.parse(text)).toEqual(output)
    for (const value of ['new-staging', 'staging.bookshop', 'not-a-real-token', 'old.example', 'Grüß'])
      expect(text + renderCommitBody(issueExample()) + renderChangesMarkdown(issueExample())).not.toContain(value)
  })

  it('caps lists of names but not counts', () => {
    const many = Array.from({ length: 30 }, (_, i) => request(`R${i}`))
    const [entry] = changesOutput(
      describeChanges([{ kind: 'collection', name: 'Big', before: named('Big', []), after: named('Big', many) }]),
      { maxNames: 10 }
    )
    expect(entry.counts.requests.added).toBe(30)
    expect(entry.names.requests.added).toHaveLength(10)
  })
})
