// redactCollection and redactEnvironment on hand-written documents (every corpus collection is
// redacted in redact.corpus.test.ts).
import { describe, expect, it } from '@jest/globals'
import {
  AUTH_CREDENTIAL_FIELDS,
  SECRET_VARIABLE_KIND,
  countRedactedByKind,
  redactCollection,
  redactEnvironment,
  type RedactMode,
  type RedactedField
} from '../src/redact.js'
import { validateCollection, validateEnvironment } from '../src/schema/index.js'

const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'
const V20 = 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json'

type Json = Record<string, unknown>
type Method = keyof typeof AUTH_CREDENTIAL_FIELDS

/** Every field of each method that a real export carries, credentials and not (the others must survive). */
const AUTH_FIELDS: Record<Method, Record<string, unknown>> = {
  apikey: { key: 'X-Api-Key', value: 'ak-123', in: 'header' },
  asap: {
    alg: 'RS256',
    iss: 'me',
    aud: 'you',
    kid: 'k1',
    privateKey: '-----BEGIN PRIVATE KEY-----\nMII',
    claims: '{}'
  },
  awsv4: {
    accessKey: 'AKIA123',
    secretKey: 'aws-secret',
    sessionToken: 'aws-session',
    region: 'eu-west-1',
    service: 's3'
  },
  basic: { username: 'alice', password: 'hunter2' },
  bearer: { token: 'eyJhbGciOi' },
  digest: { username: 'alice', realm: 'r', password: 'digest-pw', nonce: 'n', algorithm: 'MD5', qop: 'auth' },
  edgegrid: {
    accessToken: 'akab-access',
    clientToken: 'akab-client',
    clientSecret: 'edge-secret',
    baseURL: 'https://akab.example',
    nonce: 'n'
  },
  hawk: { authId: 'id1', authKey: 'hawk-key', algorithm: 'sha256', user: 'u', nonce: 'n' },
  jwt: {
    algorithm: 'HS256',
    secret: 'jwt-secret',
    isSecretBase64Encoded: false,
    privateKey: 'pem',
    passphrase: 'pp',
    payload: '{}',
    addTokenTo: 'header'
  },
  ntlm: { username: 'alice', password: 'ntlm-pw', domain: 'CORP', workstation: 'ws' },
  oauth1: {
    consumerKey: 'ck',
    consumerSecret: 'cs',
    token: 'at',
    tokenSecret: 'ts',
    signatureMethod: 'RSA-SHA1',
    privateKey: 'rsa-pem',
    nonce: 'n',
    version: '1.0',
    addParamsToHeader: true
  },
  oauth2: {
    accessToken: 'oa2-access',
    refreshToken: 'oa2-refresh',
    clientId: 'client',
    clientSecret: 'oa2-secret',
    username: 'alice',
    password: 'oa2-pw',
    code_verifier: 'verifier',
    grant_type: 'authorization_code',
    tokenName: 'Token',
    accessTokenUrl: 'https://auth.example/token',
    useBrowser: true,
    addTokenTo: 'header'
  }
}

const METHODS = Object.keys(AUTH_CREDENTIAL_FIELDS) as Method[]

/** The v2.1.0 shape: [{key, value, type}]. */
const v21Auth = (method: Method, fields = AUTH_FIELDS[method]): Json => ({
  type: method,
  [method]: Object.entries(fields).map(([key, value]) => ({
    key,
    value,
    type: typeof value === 'boolean' ? 'boolean' : 'string'
  }))
})
/** The v2.0.0 shape: {field: value}. */
const v20Auth = (method: Method, fields = AUTH_FIELDS[method]): Json => ({ type: method, [method]: { ...fields } })

const credentialKeys = (method: Method) => Object.keys(AUTH_CREDENTIAL_FIELDS[method]) as string[]
const credentialKind = (method: Method, key: string) => (AUTH_CREDENTIAL_FIELDS[method] as Record<string, string>)[key]

/** A collection with the same auth block at the collection, a folder, a nested folder's request and a saved example. */
function collectionWith(auth: Json, schema = V21): Json {
  return {
    info: { name: 'Auth', schema },
    auth: structuredClone(auth),
    item: [
      {
        name: 'Folder',
        auth: structuredClone(auth),
        item: [
          {
            name: 'Inner',
            item: [
              {
                name: 'Request',
                request: { method: 'GET', url: 'https://example.com', auth: structuredClone(auth) },
                response: [
                  {
                    name: 'Example',
                    originalRequest: { method: 'GET', url: 'https://example.com', auth: structuredClone(auth) },
                    code: 200
                  }
                ]
              }
            ]
          }
        ]
      }
    ]
  }
}

const AUTH_PLACES = [
  '/auth',
  '/item/0/auth',
  '/item/0/item/0/item/0/request/auth',
  '/item/0/item/0/item/0/response/0/originalRequest/auth'
]

/** The value at a JSON pointer. */
function at(doc: unknown, pointer: string): unknown {
  let node = doc
  for (const token of pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~')))
    node = (node as Json)[token]
  return node
}

describe('auth blocks, v2.1.0 attribute lists', () => {
  it.each(METHODS)('%s: blanks the credential fields at every level, keeps the others', (method) => {
    const doc = collectionWith(v21Auth(method))
    const { document, redacted } = redactCollection(doc)
    const keys = Object.keys(AUTH_FIELDS[method])
    const expected: RedactedField[] = AUTH_PLACES.flatMap((place) =>
      keys.flatMap((key, index) =>
        credentialKeys(method).includes(key)
          ? [{ pointer: `${place}/${method}/${index}/value`, kind: credentialKind(method, key) }]
          : []
      )
    )
    expect(redacted).toEqual(expected)
    expect(expected.length).toBe(AUTH_PLACES.length * credentialKeys(method).length)
    for (const { pointer } of redacted) expect(at(document, pointer)).toBe('')
    // Everything else is as it was.
    for (const place of AUTH_PLACES) {
      const attributes = at(document, `${place}/${method}`) as Array<{ key: string; value: unknown }>
      for (const { key, value } of attributes)
        if (!credentialKeys(method).includes(key)) expect(value).toEqual(AUTH_FIELDS[method][key])
    }
  })
})

describe('auth blocks, v2.0.0 objects', () => {
  it.each(METHODS)('%s: blanks the credential fields at every level, keeps the others', (method) => {
    const doc = collectionWith(v20Auth(method), V20)
    const { document, redacted } = redactCollection(doc)
    const expected: RedactedField[] = AUTH_PLACES.flatMap((place) =>
      credentialKeys(method).map((key) => ({ pointer: `${place}/${method}/${key}`, kind: credentialKind(method, key) }))
    )
    expect(redacted).toEqual(expected)
    for (const place of AUTH_PLACES) {
      const fields = at(document, `${place}/${method}`) as Json
      for (const [key, value] of Object.entries(fields))
        expect(value).toEqual(credentialKeys(method).includes(key) ? '' : AUTH_FIELDS[method][key])
    }
  })
})

describe('auth blocks: which methods, which values', () => {
  it('redacts every method present in the block, not only the active one', () => {
    const auth = {
      type: 'noauth',
      noauth: [],
      basic: [{ key: 'password', value: 'old-pw', type: 'string' }],
      bearer: [{ key: 'token', value: 'old-token', type: 'string' }]
    }
    const { document, redacted } = redactCollection({ info: { name: 'c', schema: V21 }, item: [], auth })
    expect(redacted).toEqual([
      { pointer: '/auth/basic/0/value', kind: 'basic password' },
      { pointer: '/auth/bearer/0/value', kind: 'bearer token' }
    ])
    expect(document.auth).toEqual({
      type: 'noauth',
      noauth: [],
      basic: [{ key: 'password', value: '', type: 'string' }],
      bearer: [{ key: 'token', value: '', type: 'string' }]
    })
  })

  it('keeps variable references, and does not report them or empty values', () => {
    const auth = {
      type: 'basic',
      basic: [
        { key: 'username', value: '{{user}}' },
        { key: 'password', value: '{{password}}' },
        { key: 'password', value: ' {{a}}{{b}} ' },
        { key: 'password', value: '' },
        { key: 'password', value: null },
        { key: 'password' },
        { key: 'password', value: 'Basic {{x}}' }
      ]
    }
    const { document, redacted } = redactCollection({ info: { name: 'c', schema: V21 }, item: [], auth })
    expect(redacted).toEqual([{ pointer: '/auth/basic/6/value', kind: 'basic password' }])
    expect(document.auth.basic.map((a) => a.value)).toEqual([
      '{{user}}',
      '{{password}}',
      ' {{a}}{{b}} ',
      '',
      null,
      undefined,
      ''
    ])
  })

  it('blanks credentials that are not strings too', () => {
    const auth = { type: 'bearer', bearer: { token: { value: 'nested' } } }
    const { document, redacted } = redactCollection({ info: { name: 'c', schema: V20 }, item: [], auth })
    expect(redacted).toEqual([{ pointer: '/auth/bearer/token', kind: 'bearer token' }])
    expect(document.auth.bearer.token).toBe('')
  })

  it('leaves unknown methods, null auth and odd shapes alone', () => {
    const doc = {
      info: { name: 'c', schema: V21 },
      auth: null,
      item: [
        { name: 'a', request: { url: 'u', auth: { type: 'custom', custom: [{ key: 'password', value: 'p' }] } } },
        { name: 'b', request: 'https://example.com' },
        { name: 'c', request: { url: 'u', auth: { type: 'basic', basic: 'password' } } },
        {
          name: 'd',
          request: {
            url: 'u',
            auth: { type: 'basic', basic: [null, 'x', { value: 'no key' }, { key: 'password', value: 'p' }] }
          }
        },
        null,
        'not an item'
      ]
    }
    const { document, redacted } = redactCollection(doc)
    expect(redacted).toEqual([{ pointer: '/item/3/request/auth/basic/3/value', kind: 'basic password' }])
    expect(document).toEqual({
      ...doc,
      item: doc.item.map((item, i) =>
        i === 3
          ? {
              name: 'd',
              request: {
                url: 'u',
                auth: { type: 'basic', basic: [null, 'x', { value: 'no key' }, { key: 'password', value: '' }] }
              }
            }
          : item
      )
    })
  })

  it('does not read credential keys from Object.prototype', () => {
    const doc = JSON.parse(
      '{"info":{"name":"c"},"item":[],"auth":{"type":"constructor","constructor":[{"key":"toString","value":"x"}],"__proto__":{"password":"p"},"basic":[{"key":"__proto__","value":"x"}]}}'
    ) as unknown
    expect(redactCollection(doc)).toEqual({ document: doc, redacted: [] })
  })

  it('escapes pointer tokens', () => {
    const doc = { info: { name: 'c', schema: V20 }, item: [], auth: { type: 'basic', basic: { password: 'p' } } }
    expect(redactCollection(doc).redacted[0].pointer).toBe('/auth/basic/password')
  })
})

describe('secret variables', () => {
  it('blanks collection, folder, request-item and path variables of type secret, and nothing else', () => {
    const doc = {
      info: { name: 'c', schema: V21 },
      variable: [
        { key: 'base', value: 'https://example.com', type: 'string' },
        { key: 'apiKey', value: 'k-123', type: 'secret' },
        { key: 'ref', value: '{{vaultKey}}', type: 'secret' },
        { key: 'empty', value: '', type: 'secret' },
        { key: 'plain', value: 'not secret', type: 'default' }
      ],
      item: [
        {
          name: 'f',
          variable: [{ key: 's', value: 's-1', type: 'secret' }],
          item: [
            {
              name: 'r',
              variable: [{ id: 'i', value: 42, type: 'secret' }],
              request: {
                method: 'GET',
                url: { raw: 'https://x/:id', path: [':id'], variable: [{ key: 'id', value: '7', type: 'secret' }] }
              }
            }
          ]
        }
      ]
    }
    const { document, redacted } = redactCollection(doc)
    expect(redacted).toEqual([
      { pointer: '/variable/1/value', kind: SECRET_VARIABLE_KIND },
      { pointer: '/item/0/variable/0/value', kind: SECRET_VARIABLE_KIND },
      { pointer: '/item/0/item/0/variable/0/value', kind: SECRET_VARIABLE_KIND },
      { pointer: '/item/0/item/0/request/url/variable/0/value', kind: SECRET_VARIABLE_KIND }
    ])
    expect(document.variable.map((v) => v.value)).toEqual(['https://example.com', '', '{{vaultKey}}', '', 'not secret'])
    for (const { pointer } of redacted) expect(at(document, pointer)).toBe('')
  })

  it('environments: blanks values of type secret (and vault secrets), keeps references and everything else', () => {
    const doc = {
      id: 'e1',
      name: 'Prod',
      values: [
        { key: 'host', value: 'https://api.example.com', type: 'default', enabled: true },
        { key: 'password', value: 'P@ssw0rd', type: 'secret', enabled: true },
        { key: 'token', value: '{{vaultToken}}', type: 'secret', enabled: true },
        { key: 'empty', value: '', type: 'secret' },
        { key: 'apiKey', value: 'from-vault', secret: true, type: 'default', source: { provider: 'postman' } },
        { key: 'n', value: 5, type: 'secret' }
      ],
      _postman_variable_scope: 'environment'
    }
    const { document, redacted } = redactEnvironment(doc)
    expect(redacted).toEqual([
      { pointer: '/values/1/value', kind: SECRET_VARIABLE_KIND },
      { pointer: '/values/4/value', kind: SECRET_VARIABLE_KIND },
      { pointer: '/values/5/value', kind: SECRET_VARIABLE_KIND }
    ])
    expect(document.values.map((v) => v.value)).toEqual(['https://api.example.com', '', '{{vaultToken}}', '', '', ''])
    expect(validateEnvironment(document, 'strict').valid).toBe(true)
  })

  it('environments: anything that is not an environment comes back as a copy with nothing redacted', () => {
    for (const doc of [null, 'x', [], { values: 'x' }, { error: { name: 'e' } }])
      expect(redactEnvironment(doc)).toEqual({ document: doc, redacted: [] })
  })

  it('a collection redactor does not touch environment values, nor the other way round', () => {
    const environment = { name: 'e', values: [{ key: 'k', value: 'v', type: 'secret' }] }
    expect(redactCollection(environment).redacted).toEqual([])
    const collection = collectionWith(v21Auth('basic'))
    expect(redactEnvironment(collection).redacted).toEqual([])
  })
})

describe('the input and the result', () => {
  it('never mutates the input, and the result shares nothing with it', () => {
    const doc = collectionWith(v21Auth('oauth2'))
    ;(doc as { variable?: unknown }).variable = [{ key: 's', value: 'x', type: 'secret' }]
    const before = JSON.stringify(doc)
    const { document } = redactCollection(doc)
    expect(JSON.stringify(doc)).toBe(before)
    expect(document).not.toBe(doc)
    ;(document.item as Json[])[0].name = 'changed'
    expect(((doc.item as Json[])[0] as Json).name).toBe('Folder')
  })

  it('mode none: an unchanged copy, no fields', () => {
    const doc = collectionWith(v21Auth('bearer'))
    const result = redactCollection(doc, 'none')
    expect(result.redacted).toEqual([])
    expect(result.document).toEqual(doc)
    expect(result.document).not.toBe(doc)
    const environment = { name: 'e', values: [{ key: 'k', value: 'v', type: 'secret' }] }
    expect(redactEnvironment(environment, 'none')).toEqual({ document: environment, redacted: [] })
  })

  it('defaults to secrets, and refuses an unknown mode', () => {
    expect(redactCollection(collectionWith(v21Auth('bearer'))).redacted).toHaveLength(4)
    expect(() => redactCollection({}, 'all' as RedactMode)).toThrow(/Unknown redact mode "all"/)
    expect(() => redactEnvironment({}, 'all' as RedactMode)).toThrow(/Unknown redact mode "all"/)
  })

  it('reports no values: only pointers and kinds', () => {
    const { redacted } = redactCollection(collectionWith(v21Auth('basic')))
    for (const field of redacted) expect(Object.keys(field).sort()).toEqual(['kind', 'pointer'])
    expect(JSON.stringify(redacted)).not.toContain('hunter2')
  })

  it('counts by kind', () => {
    const { redacted } = redactCollection(collectionWith(v21Auth('awsv4')))
    expect(countRedactedByKind(redacted)).toEqual({ 'awsv4 secret key': 4, 'awsv4 session token': 4 })
  })
})

describe('a redacted collection keeps its validation verdict', () => {
  it.each(['strict', 'lenient'] as const)('%s, for every method in both shapes', (mode) => {
    for (const method of METHODS) {
      for (const [doc, version] of [
        [collectionWith(v21Auth(method)), '2.1.0'],
        [collectionWith(v20Auth(method), V20), '2.0.0']
      ] as const) {
        const before = validateCollection(doc, mode)
        const after = validateCollection(redactCollection(doc).document, mode)
        expect({ method, version, valid: after.valid }).toEqual({ method, version, valid: before.valid })
        // jwt and asap are not in the Collection Format's auth type enum.
        expect({ method, version, valid: before.valid }).toEqual({
          method,
          version,
          valid: method !== 'jwt' && method !== 'asap'
        })
      }
    }
  })

  it('with secret variables (lenient accepts the secret type, strict does not, before and after)', () => {
    const doc = { info: { name: 'c', schema: V21 }, item: [], variable: [{ key: 'k', value: 'v', type: 'secret' }] }
    for (const mode of ['strict', 'lenient'] as const) {
      expect(validateCollection(redactCollection(doc).document, mode).valid).toBe(validateCollection(doc, mode).valid)
    }
  })
})

describe('large documents', () => {
  it('redacts a large collection (10,000 requests, about 20 MB)', () => {
    const item = Array.from({ length: 100 }, (_, f) => ({
      name: `Folder ${f}`,
      auth: v21Auth('oauth2'),
      item: Array.from({ length: 100 }, (_, r) => ({
        name: `Request ${r}`,
        request: {
          method: 'POST',
          url: {
            raw: `https://api.example.com/f${f}/r${r}`,
            host: ['api', 'example', 'com'],
            path: [`f${f}`, `r${r}`]
          },
          header: [{ key: 'Content-Type', value: 'application/json' }],
          auth: r % 2 === 0 ? v21Auth('bearer') : v20Auth('basic'),
          body: { mode: 'raw', raw: JSON.stringify({ data: 'x'.repeat(1500), n: r }) }
        },
        response: [
          {
            name: 'ok',
            code: 200,
            body: 'y'.repeat(300),
            originalRequest: { method: 'POST', url: 'https://api.example.com', auth: v21Auth('bearer') }
          }
        ]
      }))
    }))
    const doc = { info: { name: 'Big', schema: V21 }, item, variable: [{ key: 'k', value: 'v', type: 'secret' }] }
    const bytes = JSON.stringify(doc).length
    const { redacted } = redactCollection(doc)
    // 100 folders x 5 oauth2 fields + 10,000 requests x 1 + 10,000 examples x 1 + 1 variable.
    expect(redacted).toHaveLength(100 * 5 + 10_000 + 10_000 + 1)
    expect(bytes).toBeGreaterThan(18e6)
  })
})

describe('documents nested deeper than the call stack', () => {
  it('redacts a bearer token 100,000 folders deep without overflowing, and leaves the input alone', () => {
    let item: Record<string, unknown> = {
      name: 'r',
      request: {
        method: 'GET',
        url: 'https://x',
        auth: { type: 'bearer', bearer: [{ key: 'token', value: 'deep-secret' }] }
      }
    }
    for (let i = 0; i < 100_000; i++) item = { name: `f${i}`, item: [item] }
    const doc = { info: { name: 'Deep' }, item: [item] }
    const { document, redacted } = redactCollection(doc)
    expect(redacted).toHaveLength(1)
    expect(redacted[0].pointer).toBe(`${'/item/0'.repeat(100_001)}/request/auth/bearer/0/value`)
    let copied = (document as { item: unknown[] }).item[0] as Record<string, unknown>
    let original = item
    // Every folder on the way down is a copy (counted, then one expect: 100,000 expect calls take seconds).
    let shared = 0
    let folders = 0
    while (Array.isArray(copied.item)) {
      if (copied === original) shared++
      folders++
      copied = copied.item[0] as Record<string, unknown>
      original = (original.item as unknown[])[0] as Record<string, unknown>
    }
    expect({ shared, folders }).toEqual({ shared: 0, folders: 100_000 })
    expect(JSON.stringify((copied.request as { auth: unknown }).auth)).not.toContain('deep-secret')
    expect(JSON.stringify((original.request as { auth: unknown }).auth)).toContain('deep-secret')
  })
})
