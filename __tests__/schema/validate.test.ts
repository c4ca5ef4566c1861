// validateCollection on small hand-written documents (the corpus comparison with the
// official schema is in collection-schema.corpus.test.ts).
import { describe, expect, it } from '@jest/globals'
import {
  CollectionV20Schema,
  CollectionV21Schema,
  MAX_REPORTED_ERRORS,
  detectCollectionVersion,
  escapePointerToken,
  formatIssue,
  validateCollection,
  type Collection,
  type CollectionFolder,
  type CollectionRequest,
  type CollectionVariable,
  type ValidationMode
} from '../../src/schema/index.js'
import { explain } from '../../src/schema/explain.js'
import { lenientSchema } from '../../src/schema/deviations.js'

const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'
const V20 = 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json'
const MODES: ValidationMode[] = ['strict', 'lenient', 'off']

type Doc = Record<string, unknown>
const collection = (extra: Doc = {}, schema = V21): Doc => ({ info: { name: 'Demo', schema }, item: [], ...extra })
const request = (req: unknown, extra: Doc = {}): Doc => ({ name: 'r', request: req, ...extra })

describe('valid documents', () => {
  it('accepts a minimal v2.1.0 collection in every mode', () => {
    for (const mode of MODES) {
      expect(validateCollection(collection(), mode)).toEqual({
        valid: true,
        version: '2.1.0',
        errors: [],
        warnings: []
      })
    }
  })

  it('accepts a minimal v2.0.0 collection and tells its version', () => {
    expect(validateCollection(collection({}, V20), 'strict')).toEqual({
      valid: true,
      version: '2.0.0',
      errors: [],
      warnings: []
    })
  })

  it('defaults to lenient', () => {
    expect(validateCollection(collection({ variable: [{ key: 'k', type: 'secret' }] })).valid).toBe(true)
  })

  it('accepts a typical export: folders, requests, scripts, auth, responses', () => {
    const doc: Collection = {
      info: {
        name: 'Shop',
        _postman_id: 'b0c5',
        description: { content: '# Shop', type: 'text/markdown' },
        version: '1.0',
        schema: V21
      },
      item: [
        {
          name: 'Orders',
          item: [
            {
              name: 'List',
              request: {
                method: 'GET',
                header: [{ key: 'Accept', value: 'application/json', disabled: false }],
                url: {
                  raw: '{{base}}/orders?page=1',
                  host: ['{{base}}'],
                  path: ['orders'],
                  query: [{ key: 'page', value: '1' }]
                },
                auth: { type: 'bearer', bearer: [{ key: 'token', value: '{{token}}', type: 'string' }] }
              },
              response: [
                { name: 'ok', code: 200, status: 'OK', header: [{ key: 'X', value: 'y' }], body: '[]', cookie: [] }
              ],
              event: [{ listen: 'test', script: { type: 'text/javascript', exec: ['pm.test("ok", () => {})'] } }]
            },
            {
              name: 'Create',
              request: {
                method: 'POST',
                url: 'https://example.com/orders',
                body: {
                  mode: 'formdata',
                  formdata: [
                    { key: 'f', type: 'file', src: ['a.txt'] },
                    { key: 't', value: 'v', type: 'text' }
                  ]
                }
              }
            }
          ]
        },
        { name: 'Ping', request: 'https://example.com/ping' }
      ],
      variable: [{ key: 'base', value: 'https://example.com', type: 'string' }],
      auth: null,
      protocolProfileBehavior: { disableBodyPruning: true }
    }
    expect(validateCollection(doc, 'strict')).toEqual({ valid: true, version: '2.1.0', errors: [], warnings: [] })
  })

  it('accepts a custom HTTP method and, like the official schema, a response that is not an object', () => {
    const doc = collection({ item: [request({ method: 'FETCH', url: 'x' }, { response: ['not an object', 42] })] })
    expect(validateCollection(doc, 'strict').valid).toBe(true)
  })

  it('does not change the document', () => {
    const doc = collection({
      item: [request({ method: 'GET', url: { raw: 'x' } })],
      variable: [{ key: 'k', type: 'default' }]
    })
    const before = JSON.stringify(doc)
    for (const mode of MODES) validateCollection(doc, mode)
    validateCollection({ ...doc, item: {} }, 'strict')
    expect(JSON.stringify(doc)).toBe(before)
  })
})

describe('version', () => {
  it.each([
    [V21, '2.1.0'],
    [V20, '2.0.0'],
    ['https://schema.getpostman.com/json/draft-07/collection/v2.1.0/collection.json', '2.1.0'],
    ['https://schema.getpostman.com/json/collection/v2.0.0/', '2.0.0'],
    ['http://schema.getpostman.com/collection/v2/collection.json', undefined],
    ['https://schema.getpostman.com/json/collection/v1.0.0/collection.json', undefined],
    ['', undefined]
  ])('info.schema %j is version %s', (schema, version) => {
    expect(detectCollectionVersion({ info: { name: 'x', schema } })).toBe(version)
    expect(validateCollection(collection({}, schema), 'strict').version).toBe(version)
  })

  it('is undefined without info.schema, and the document is validated as 2.1.0', () => {
    const doc = {
      info: { name: 'x', schema: 'https://example.com/unknown' },
      item: [],
      auth: { type: 'basic', basic: { username: 'u' } }
    }
    const result = validateCollection(doc, 'strict')
    expect(result.version).toBeUndefined()
    expect(result.errors).toEqual([{ pointer: '/auth/basic', message: 'must be array' }])
    expect(detectCollectionVersion({ item: [] })).toBeUndefined()
    expect(detectCollectionVersion('x')).toBeUndefined()
  })

  it('applies the schema of the version: auth attributes are arrays in 2.1.0 and objects in 2.0.0', () => {
    const asObject = { auth: { type: 'basic', basic: { username: 'u', password: 'p' } } }
    const asArray = { auth: { type: 'basic', basic: [{ key: 'username', value: 'u' }] } }
    expect(validateCollection(collection(asObject, V20), 'strict').valid).toBe(true)
    expect(validateCollection(collection(asArray, V20), 'strict').errors).toEqual([
      { pointer: '/auth/basic', message: 'must be object' }
    ])
    expect(validateCollection(collection(asArray, V21), 'strict').valid).toBe(true)
    expect(validateCollection(collection(asObject, V21), 'strict').errors).toEqual([
      { pointer: '/auth/basic', message: 'must be array' }
    ])
  })
})

describe('invalid documents: pointer and reason', () => {
  const errorsOf = (doc: unknown, mode: ValidationMode = 'strict') => validateCollection(doc, mode).errors

  it('missing info', () => {
    expect(validateCollection({ item: [] }, 'strict')).toEqual({
      valid: false,
      version: undefined,
      errors: [{ pointer: '', message: "must have required property 'info'" }],
      warnings: []
    })
  })

  it('missing info.name and info.schema', () => {
    expect(errorsOf({ info: { schema: V21 }, item: [] })).toEqual([
      { pointer: '/info', message: "must have required property 'name'" }
    ])
    expect(errorsOf({ info: { name: 'x' }, item: [] })).toEqual([
      { pointer: '/info', message: "must have required property 'schema'" }
    ])
  })

  it('item that is not an array', () => {
    for (const mode of MODES)
      expect(errorsOf(collection({ item: {} }), mode)).toEqual([{ pointer: '/item', message: 'must be array' }])
  })

  it('a request method that is not a string', () => {
    expect(errorsOf(collection({ item: [request({ method: 5, url: 'x' })] }))).toEqual([
      { pointer: '/item/0/request/method', message: 'must be string' }
    ])
  })

  it('a variable type the schema does not list (strict), with a hint for the ones Postman emits', () => {
    const doc = collection({
      variable: [
        { key: 'a', type: 'secret' },
        { key: 'b', type: 'bogus' }
      ]
    })
    const errors = errorsOf(doc)
    expect(errors.map((e) => e.pointer)).toEqual(['/variable/0/type', '/variable/1/type'])
    expect(errors[0].message).toMatch(
      /^must be equal to one of the allowed values: string, boolean, any, number; Postman emits "secret" here \(postmanlabs\/schemas#207\)/
    )
    expect(errors[0].message).toContain('lenient')
    expect(errors[1].message).toBe('must be equal to one of the allowed values: string, boolean, any, number')
  })

  it('a url of the wrong type names both allowed shapes', () => {
    expect(errorsOf(collection({ item: [request({ url: 42 })] }))).toEqual([
      { pointer: '/item/0/request/url', message: 'must be object or string' }
    ])
    expect(errorsOf(collection({ item: [request({ url: { host: 5 } })] }))).toEqual([
      { pointer: '/item/0/request/url/host', message: 'must be string or array' }
    ])
  })

  it('an item that is neither a request nor a folder', () => {
    expect(errorsOf(collection({ item: [{ name: 'x' }] }))).toEqual([
      { pointer: '/item/0', message: "must have required property 'request' (Item) or 'item' (Folder)" }
    ])
  })

  it('picks the folder branch for a folder with a broken request inside', () => {
    const doc = collection({
      item: [{ name: 'f', item: [{ name: 'g', item: [request({ header: [{ key: 'Accept' }] })] }] }]
    })
    expect(errorsOf(doc)).toEqual([
      { pointer: '/item/0/item/0/item/0/request/header/0', message: "must have required property 'value'" }
    ])
  })

  it('a top-level item that is both a request and a folder (oneOf), while a nested one may be (anyOf), as upstream', () => {
    const both = { name: 'x', request: 'https://example.com', item: [] }
    expect(errorsOf(collection({ item: [both] }))).toEqual([
      { pointer: '/item/0', message: 'must match exactly one schema in oneOf, but is valid as each of: Item, Folder' }
    ])
    expect(validateCollection(collection({ item: [{ name: 'f', item: [both] }] }), 'strict').valid).toBe(true)
  })

  it('a variable with neither id nor key', () => {
    expect(errorsOf(collection({ variable: [{ value: 'v' }] }))).toEqual([
      { pointer: '/variable/0', message: "must have required property 'id' or 'key'" }
    ])
  })

  it('form-data parameters: a wrong type, and a file parameter with a bad src', () => {
    const body = {
      mode: 'formdata',
      formdata: [
        { key: 'a', type: 'blob' },
        { key: 'b', type: 'file', src: 5 }
      ]
    }
    expect(errorsOf(collection({ item: [request({ body })] }))).toEqual([
      {
        pointer: '/item/0/request/body/formdata/0/type',
        message: 'must be equal to one of the allowed values: text, file'
      },
      { pointer: '/item/0/request/body/formdata/1/src', message: 'must be array, string or null' }
    ])
  })

  it('descriptions, versions and limits', () => {
    expect(errorsOf(collection({ info: { name: 'x', schema: V21, description: 5 } }))).toEqual([
      { pointer: '/info/description', message: 'must be object, string or null' }
    ])
    expect(
      errorsOf(
        collection({
          info: { name: 'x', schema: V21, version: { major: 1, minor: -1, patch: 0, identifier: 'abcdefghijk' } }
        })
      )
    ).toEqual([
      { pointer: '/info/version/minor', message: 'must be >= 0' },
      { pointer: '/info/version/identifier', message: 'must NOT have more than 10 characters' }
    ])
  })

  it('reports at most a few errors, most specific first', () => {
    const doc = { info: { name: 'x' }, item: Array.from({ length: 15 }, () => request({ method: 1, url: 'x' })) }
    const errors = errorsOf(doc)
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS)
    expect(errors[0]).toEqual({ pointer: '/item/0/request/method', message: 'must be string' })
    expect(errors.every((e) => e.pointer.endsWith('/method'))).toBe(true)
    // The shallow one is still found once the deep ones are few.
    expect(errorsOf({ info: { name: 'x' }, item: [request({ method: 1 })] })).toEqual([
      { pointer: '/item/0/request/method', message: 'must be string' },
      { pointer: '/info', message: "must have required property 'schema'" }
    ])
  })

  it('rejects an unknown mode', () => {
    expect(() => validateCollection(collection(), 'loose' as ValidationMode)).toThrow(TypeError)
  })
})

describe('lenient mode', () => {
  it('accepts the variable types Postman emits, one warning per occurrence with its pointer', () => {
    const doc = collection({
      variable: [
        { key: 'a', type: 'secret' },
        { key: 'b', type: 'string' },
        { key: 'c', type: 'default' }
      ],
      item: [
        {
          name: 'folder',
          variable: [{ id: 'f', type: 'default' }],
          item: [
            request(
              { url: { raw: 'x', variable: [{ key: 'id', type: 'secret' }] } },
              { variable: [{ key: 'i', type: 'secret' }] }
            )
          ]
        }
      ]
    })
    const result = validateCollection(doc, 'lenient')
    expect(result.valid).toBe(true)
    expect(result.errors).toEqual([])
    expect(result.warnings.map((w) => w.pointer).sort()).toEqual(
      [
        '/variable/0/type',
        '/variable/2/type',
        '/item/0/variable/0/type',
        '/item/0/item/0/variable/0/type',
        '/item/0/item/0/request/url/variable/0/type'
      ].sort()
    )
    expect(result.warnings.find((w) => w.pointer === '/variable/0/type')?.message).toBe(
      'type "secret" is not in the Collection Format schema (Postman emits it, see postmanlabs/schemas#207); accepted in lenient mode'
    )
    expect(validateCollection(doc, 'strict').valid).toBe(false)
  })

  it('accepts them in v2.0.0 too', () => {
    expect(
      validateCollection(collection({ variable: [{ key: 'a', type: 'default' }] }, V20), 'lenient').warnings
    ).toHaveLength(1)
  })

  it('still rejects other variable types, and warns about nothing when the document is rejected', () => {
    const result = validateCollection(
      collection({
        variable: [
          { key: 'a', type: 'secret' },
          { key: 'b', type: 'password' }
        ]
      }),
      'lenient'
    )
    expect(result.valid).toBe(false)
    expect(result.errors).toEqual([
      {
        pointer: '/variable/1/type',
        message: 'must be equal to one of the allowed values: string, boolean, any, number, default, secret'
      }
    ])
    expect(result.warnings).toEqual([])
  })

  it('gives no warnings for a strictly valid document', () => {
    expect(validateCollection(collection({ variable: [{ key: 'a', type: 'string' }] }), 'lenient').warnings).toEqual([])
  })

  it('refuses a deviation table entry that does not match the schema', () => {
    expect(() =>
      lenientSchema(CollectionV21Schema, [
        { definition: 'variable', property: 'key', values: ['x'], reference: 'test' }
      ])
    ).toThrow(/no enum/)
  })
})

describe('off mode', () => {
  it('accepts anything with info.name and an item array', () => {
    const weird = { info: { name: 'x' }, item: [42, 'not an item'], extra: true }
    expect(validateCollection(weird, 'off')).toEqual({ valid: true, version: undefined, errors: [], warnings: [] })
    expect(validateCollection(weird, 'strict').valid).toBe(false)
  })

  it('rejects a Postman API error envelope, naming it', () => {
    const envelope = {
      error: { name: 'instanceNotFoundError', message: 'We could not find the collection you are looking for' }
    }
    for (const mode of MODES) {
      const result = validateCollection(envelope, mode)
      expect(result.valid).toBe(false)
      expect(result.errors[0]).toEqual({
        pointer: '/error',
        message:
          'the document is an API error response, not a collection (instanceNotFoundError: We could not find the collection you are looking for)'
      })
      expect(result.errors).toContainEqual({ pointer: '', message: "must have required property 'info'" })
    }
  })

  it.each([
    [
      'an HTML page',
      '<!DOCTYPE html><html><body>502 Bad Gateway</body></html>',
      'a string that looks like an HTML or XML page'
    ],
    ['a string', 'hello', 'a string'],
    ['unparsed JSON', '{"info":{}}', 'a string holding JSON (parse it first)'],
    ['an array', [{ info: { name: 'x' }, item: [] }], 'an array'],
    ['null', null, 'null'],
    ['undefined', undefined, 'nothing (undefined)'],
    ['a number', 42, 'a number']
  ])('rejects %s', (_label, doc, got) => {
    for (const mode of MODES) {
      expect(validateCollection(doc, mode).errors).toEqual([
        { pointer: '', message: `must be an object (a Postman collection), got ${got}` }
      ])
    }
  })

  it('rejects a wrong info.name, and recognises wrapped collections, environments and v1 collections', () => {
    expect(validateCollection({ info: { name: 5 }, item: [] }, 'off').errors).toEqual([
      { pointer: '/info/name', message: 'must be string' }
    ])
    expect(validateCollection({ info: 'x', item: [] }, 'off').errors).toEqual([
      { pointer: '/info', message: 'must be object' }
    ])
    expect(validateCollection({ collection: collection() }, 'off').errors[0].pointer).toBe('/collection')
    expect(validateCollection({ id: 'e', name: 'env', values: [] }, 'off').errors[0].message).toMatch(/environment/)
    expect(validateCollection({ id: 'c', name: 'v1', order: [], requests: [] }, 'off').errors[0].message).toMatch(/v1/)
  })
})

describe('pointers', () => {
  it('escapes ~ and / (RFC 6901)', () => {
    expect(escapePointerToken('a/b~c')).toBe('a~1b~0c')
    expect(escapePointerToken('~1')).toBe('~01')
  })

  it('escapes property names in reported pointers', () => {
    const schema = {
      type: 'object',
      properties: { 'a/b': { type: 'object', properties: { 'c~d': { type: 'string' } } } }
    }
    expect(explain(schema, { 'a/b': { 'c~d': 5 } })).toMatchObject([
      { pointer: '/a~1b/c~0d', message: 'must be string' }
    ])
  })

  it('formats an issue for a log line', () => {
    expect(formatIssue({ pointer: '/item/0', message: 'must be array' })).toBe('/item/0: must be array')
    expect(formatIssue({ pointer: '', message: "must have required property 'info'" })).toBe(
      "(root): must have required property 'info'"
    )
  })
})

describe('schemas', () => {
  const refs = (node: unknown, out: string[] = []): string[] => {
    if (Array.isArray(node)) node.forEach((n) => refs(n, out))
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string') out.push(v)
        else refs(v, out)
      }
    }
    return out
  }

  it.each([
    ['2.1.0', CollectionV21Schema, 23],
    ['2.0.0', CollectionV20Schema, 22]
  ])('v%s: every $ref names one of its definitions', (_version, schema, count) => {
    const definitions = (schema as unknown as { definitions: Record<string, unknown> }).definitions
    expect(Object.keys(definitions)).toHaveLength(count)
    for (const ref of refs(JSON.parse(JSON.stringify(schema)))) {
      expect(ref).toMatch(/^#\/definitions\//)
      expect(definitions).toHaveProperty([ref.slice('#/definitions/'.length)])
    }
  })
})

describe('TypeScript types', () => {
  it('follow the schema: nested folders, the variable types Postman emits, other properties allowed', () => {
    const folder: CollectionFolder = {
      name: 'f',
      id: 'extra',
      item: [{ request: 'x' }, { item: [{ request: { method: 'GET', url: 'y' } }] }]
    }
    const variable: CollectionVariable = { key: 'k', type: 'secret' }
    // @ts-expect-error a method is a string
    const request: CollectionRequest = { method: 5 }
    // @ts-expect-error not a variable type, even in lenient mode
    const bogus: CollectionVariable = { key: 'k', type: 'password' }
    expect(validateCollection(collection({ item: [folder], variable: [variable] }), 'lenient').valid).toBe(true)
    expect(validateCollection(collection({ item: [{ request }], variable: [bogus] }), 'lenient').valid).toBe(false)
  })
})

describe('large documents', () => {
  // Timing figures live in `npm run bench` (bench/RESULTS.md), not in unit tests.
  it('validates a 20 MB collection with 10,000 requests: every warning and the error cap', () => {
    const body = JSON.stringify({ data: 'x'.repeat(1500) })
    const folders = Array.from({ length: 100 }, (_, f) => ({
      name: `folder ${f}`,
      item: Array.from({ length: 100 }, (_, r) => ({
        name: `request ${f}.${r}`,
        event: [
          {
            listen: 'test',
            script: {
              type: 'text/javascript',
              exec: ['pm.test("ok", function () {', '  pm.response.to.have.status(200)', '})']
            }
          }
        ],
        request: {
          method: 'POST',
          header: [
            { key: 'Content-Type', value: 'application/json' },
            { key: 'X-Trace', value: `${f}-${r}` }
          ],
          body: { mode: 'raw', raw: body, options: { raw: { language: 'json' } } },
          url: {
            raw: `{{base}}/things/${r}?q=1`,
            host: ['{{base}}'],
            path: ['things', String(r)],
            query: [{ key: 'q', value: '1' }],
            variable: [{ key: 'id', value: 'x', type: 'secret' }]
          }
        },
        response: [
          {
            name: 'ok',
            code: 200,
            status: 'OK',
            header: [{ key: 'Content-Type', value: 'application/json' }],
            body: '{"ok":true}'
          }
        ]
      }))
    }))
    const text = JSON.stringify(collection({ item: folders }))
    expect(text.length).toBeGreaterThan(20_000_000)
    const doc = JSON.parse(text) as unknown
    const lenient = validateCollection(doc, 'lenient')
    expect(lenient.valid).toBe(true)
    expect(lenient.warnings).toHaveLength(10_000)

    const strict = validateCollection(doc, 'strict')
    expect(strict.valid).toBe(false) // the secret variables
    expect(strict.errors).toHaveLength(MAX_REPORTED_ERRORS)
  })
})

describe('documents nested deeper than the walks allow', () => {
  /** A request `folders` folders deep: about 2 levels of JSON per folder. */
  const nested = (folders: number, schema = V21): Doc => {
    let item: Doc = request({ method: 'GET', url: 'https://example.com' })
    for (let i = 0; i < folders; i++) item = { name: `f${i}`, item: [item] }
    return collection({ item: [item] }, schema)
  }

  it('accepts 200 folders deep (about 400 levels)', () => {
    for (const mode of MODES) expect(validateCollection(nested(200), mode)).toMatchObject({ valid: true })
  })

  it.each([1_000, 100_000])(
    'refuses %i folders deep in every mode, with a reason rather than a stack overflow',
    (folders) => {
      for (const schema of [V21, V20]) {
        const doc = nested(folders, schema)
        for (const mode of MODES) {
          const result = validateCollection(doc, mode)
          expect(result.valid).toBe(false)
          expect(result.errors).toEqual([
            {
              pointer: '',
              message: expect.stringMatching(/^is nested deeper than 500 levels \(at \/item\/0\/item\/0\/.*…\)/)
            }
          ])
        }
      }
    }
  )

  it('fails the backup of that document alone, with a CollectionValidationError naming it', async () => {
    const { assertValidDocument } = await import('../../src/index.js')
    const { CollectionValidationError } = await import('../../src/errors.js')
    let thrown: unknown
    try {
      assertValidDocument('collection', nested(5_000), 'off', 'Collection "Deep" (c1)')
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(CollectionValidationError)
    expect((thrown as Error).message).toMatch(
      /^Collection "Deep" \(c1\) is not a valid .*nested deeper than 500 levels/
    )
  })
})
