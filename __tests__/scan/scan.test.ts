// The secret scan on planted secrets: one per rule and place, made at run time
// (test-servers/planted-secrets.ts).
// Figures: planted / removed / leaked (must be 0); redacted documents stay valid collections.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { validateCollection, validateEnvironment } from '../../src/schema/index.js'
import { secretForms } from '../../src/secrets.js'
import {
  REDACTED_PLACEHOLDER,
  STRUCTURE_RULES,
  removeOwnCredentials,
  scanDocument,
  scanText
} from '../../src/scan/index.js'
import {
  AWS,
  figures,
  GITHUB,
  hasFinding,
  makeSecrets,
  plantedCollection,
  plantedEnvironment,
  PRIVATE_KEY,
  random,
  SLACK,
  V21
} from '../../test-servers/planted-secrets.js'

describe('scanDocument, policy redact (default)', () => {
  it('removes every planted secret of a collection, reports each where it was, and keeps the collection valid', async () => {
    const { doc, plants } = plantedCollection(makeSecrets(), makeSecrets())
    const before = JSON.stringify(doc)
    const result = await scanDocument(doc)
    expect(JSON.stringify(doc)).toBe(before) // the input is not mutated

    const missing = plants.filter((plant) => !hasFinding(result.findings, plant))
    expect(missing.map(({ pointer, rule }) => ({ pointer, rule }))).toEqual([])
    const counts = figures(plants, result.document)
    console.log(
      `secret scan, collection: planted ${counts.planted} / removed ${counts.removed} / leaked ${counts.leaked}`
    )
    expect(counts.leaked).toBe(0)
    expect(counts.removed).toBe(counts.planted)
    expect(result.findings.every((f) => f.action === 'redacted')).toBe(true)
    expect(result.refused).toBe(false)

    expect(validateCollection(result.document, 'lenient')).toMatchObject({ valid: true })
    // A second scan finds nothing: the placeholder and the blanks are not secrets.
    expect((await scanDocument(result.document)).findings).toEqual([])
  })

  it('removes whole values in credential places and just the span inside longer strings', async () => {
    const s = makeSecrets()
    const t = makeSecrets()
    const { doc } = plantedCollection(s, t)
    const out = (await scanDocument(doc)).document
    expect(get(out, '/item/0/item/0/request/header')).toEqual([
      { key: 'Authorization', value: '' },
      { key: 'X-API-Key', value: '' },
      { key: 'Accept', value: 'application/json' },
      { key: 'Proxy-Authorization', value: 'Bearer {{proxyToken}}' },
      { key: 'X-Auth-Token', value: '' }
    ])
    expect(get(out, '/item/0/item/0/event/0/script/exec')).toEqual([
      `pm.environment.set("gh", "${REDACTED_PLACEHOLDER}")`,
      'console.log(pm.environment.get("gh"))'
    ])
    expect(get(out, '/item/0/item/3/request/url/raw')).toBe(
      `https://deploy:${REDACTED_PLACEHOLDER}@deploy.example.net/hook`
    )
    // The raw JSON body stays JSON, with the credential property blanked.
    const body = JSON.parse(get(out, '/item/0/item/1/request/body/raw') as string)
    expect(body).toEqual({ region: 'eu-west-1', aws_access_key_id: REDACTED_PLACEHOLDER, aws_secret_access_key: '' })
    const template = get(out, '/item/0/item/7/request/body/raw') as string
    expect(template).toContain('"password": ""')
    expect(template).toContain('"token": "{{token}}"')
    expect(get(out, '/item/0/item/5/request/body/formdata/0')).toEqual({
      key: 'username',
      value: 'alice',
      type: 'text'
    })
  })

  it('scans environments (values of type default) and they stay valid', async () => {
    const { doc, plants } = plantedEnvironment(makeSecrets())
    const result = await scanDocument(doc)
    expect(plants.filter((plant) => !hasFinding(result.findings, plant))).toEqual([])
    expect(figures(plants, result.document)).toEqual({ planted: 3, removed: 3, leaked: 0 })
    expect(result.document.values.slice(3)).toEqual(doc.values.slice(3))
    expect(validateEnvironment(result.document).valid).toBe(true)
    expect(result.counts).toEqual({ [STRUCTURE_RULES.variable]: 1, 'postman/postman-api-key': 1, [GITHUB]: 1 })
  })

  it('walks any JSON document: globals-shaped values, nested arrays, a bare string', async () => {
    const s = makeSecrets()
    const globals = { values: [{ key: 'client_secret', value: s.clientSecret }], extra: [[{ deep: 'x ' + s.slack }]] }
    const result = await scanDocument(globals)
    expect(result.findings.map(({ pointer, rule }) => ({ pointer, rule }))).toEqual([
      { pointer: '/values/0/value', rule: STRUCTURE_RULES.variable },
      { pointer: '/extra/0/0/deep', rule: SLACK }
    ])
    expect(JSON.stringify(result.document)).not.toContain(s.slack)
    expect((await scanDocument(s.npm)).document).toBe('')
  })

  it('keeps values that only reference variables, placeholders and empty values', async () => {
    const doc = {
      item: [
        {
          request: {
            header: [
              { key: 'Authorization', value: 'Bearer {{token}}' },
              { key: 'Authorization', value: '{{auth}}' },
              { key: 'X-API-Key', value: '<your-api-key>' },
              { key: 'X-API-Key', value: 'YOUR_API_KEY' },
              { key: 'Cookie', value: '' },
              { key: 'X-Page-Token', value: 'abc' }
            ],
            url: {
              raw: 'https://{{user}}:{{password}}@host.example.net/?api_key={{key}}&next_page_token=CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA',
              query: [
                { key: 'api_key', value: '{{key}}' },
                { key: 'next_page_token', value: 'CiAKGjBpNDd2Nmp2Zml2cXRwYjBpOXA' }
              ]
            }
          }
        }
      ],
      variable: [{ key: 'password', value: 'mysecret', type: 'secret' }]
    }
    const result = await scanDocument(doc)
    expect(result.findings).toEqual([])
    expect(result.document).toBe(doc)
  })
})

describe('scanDocument, other policies and the allow-list', () => {
  it('fail: refuses with pointers and rule ids only, changes nothing', async () => {
    const s = makeSecrets()
    const { doc, plants } = plantedCollection(s, makeSecrets())
    const result = await scanDocument(doc, { policy: 'fail' })
    expect(result.refused).toBe(true)
    expect(result.document).toBe(doc)
    expect(result.findings.every((f) => f.action === 'kept')).toBe(true)
    const reported = JSON.stringify(result)
    const reportOnly = JSON.stringify({ findings: result.findings, counts: result.counts })
    for (const plant of plants) {
      expect(reported).toContain(plant.pointer)
      // No secret, nor any 8-character piece of one, is in what is reported.
      for (let i = 0; i + 8 <= plant.secret.length; i += 4)
        expect(reportOnly).not.toContain(plant.secret.slice(i, i + 8))
    }
  })

  it('warn keeps the document and reports; off does not scan', async () => {
    const { doc } = plantedCollection(makeSecrets(), makeSecrets())
    const warned = await scanDocument(doc, { policy: 'warn' })
    expect(warned.document).toBe(doc)
    expect(warned.refused).toBe(false)
    expect(warned.findings.length).toBeGreaterThan(10)
    expect(warned.findings.every((f) => f.action === 'kept')).toBe(true)
    const off = await scanDocument(doc, { policy: 'off' })
    expect(off).toEqual({ document: doc, findings: [], counts: {}, refused: false })
  })

  it('allows by pointer glob (and everything below it) and by rule id', async () => {
    const s = makeSecrets()
    const { doc } = plantedCollection(s, makeSecrets())
    const result = await scanDocument(doc, {
      allow: ['/item/*/item/*/request/header/*', 'postman/url-password', { rule: '@secretlint/*', pointer: '/info/**' }]
    })
    const allowed = result.findings
      .filter((f) => f.action === 'allowed')
      .map(({ pointer, rule }) => `${pointer} ${rule}`)
    expect(allowed.sort()).toEqual(
      [
        `/info/description/content ${GITHUB}`,
        `/item/0/item/0/request/header/0/value ${STRUCTURE_RULES.header}`,
        `/item/0/item/0/request/header/1/value ${STRUCTURE_RULES.header}`,
        `/item/0/item/3/request/url/raw ${STRUCTURE_RULES.urlPassword}`
      ].sort()
    )
    const out = result.document
    expect(get(out, '/item/0/item/0/request/header/1/value')).toBe(s.apiKeyHex)
    expect(out.info.description.content).toContain(s.githubFineGrained)
    expect(result.counts[STRUCTURE_RULES.header]).toBe(2) // the originalRequest and Set-Cookie headers
    expect(result.refused).toBe(false)
  })
})

describe("the run's own credentials", () => {
  const postmanKey = makeSecrets().postmanApiKey
  // A token with characters that URL-encoding and JSON escaping change.
  const token = 'tok/' + random(20) + '+"\\=' + random(8)

  function carrier() {
    return {
      info: { name: 'Own', schema: V21 },
      variable: [{ key: 'k', value: postmanKey, type: 'string' }],
      item: [
        {
          name: 'r',
          request: {
            method: 'GET',
            header: [
              { key: 'X-Api-Key', value: postmanKey },
              { key: 'X-Forward', value: 'Basic ' + Buffer.from('u:' + token).toString('base64') },
              { key: 'X-Forward-2', value: 'Basic ' + Buffer.from('us:' + token).toString('base64url') },
              { key: 'X-Forward-3', value: Buffer.from('use:' + token + '!').toString('base64') }
            ],
            body: { mode: 'raw', raw: JSON.stringify({ gh: token }) },
            url: 'https://api.example.net/?k=' + encodeURIComponent(token)
          }
        }
      ]
    }
  }

  it.each(['redact', 'fail', 'warn', 'off'] as const)(
    'are removed in every encoding with policy %s',
    async (policy) => {
      const result = await scanDocument(carrier(), { policy, ownCredentials: [postmanKey, token, undefined] })
      const text = JSON.stringify(result.document)
      const values = JSON.stringify(collectStrings(result.document))
      for (const form of [...secretForms(postmanKey), ...secretForms(token), JSON.stringify(token).slice(1, -1)]) {
        expect(values).not.toContain(form)
      }
      expect(text).not.toContain(postmanKey)
      const own = result.findings.filter((f) => f.kind === 'own-credential')
      expect(own.map((f) => f.pointer).sort()).toEqual(
        [
          '/variable/0/value',
          '/item/0/request/header/0/value',
          '/item/0/request/header/1/value',
          '/item/0/request/header/2/value',
          '/item/0/request/header/3/value',
          '/item/0/request/body/raw',
          '/item/0/request/url'
        ].sort()
      )
      expect(own.every((f) => f.action === 'redacted' && f.rule === 'postman/own-credential')).toBe(true)
      expect((result.document as ReturnType<typeof carrier>).item[0].request.header[0].value).toBe('')
      expect(validateCollection(result.document, 'lenient').valid).toBe(true)
    }
  )

  it('removeOwnCredentials does only that, synchronously', () => {
    const doc = carrier()
    const { document, findings } = removeOwnCredentials(doc, [postmanKey])
    expect(findings.map((f) => f.pointer)).toEqual(['/variable/0/value', '/item/0/request/header/0/value'])
    expect(JSON.stringify(document)).not.toContain(postmanKey)
    expect(doc.variable[0].value).toBe(postmanKey)
    expect(removeOwnCredentials(doc, []).document).toBe(doc)
  })
})

/** The value at a JSON pointer (plain tokens only). */
function get(doc: unknown, pointer: string): unknown {
  let node = doc
  for (const token of pointer.split('/').slice(1)) node = (node as Record<string, unknown>)[token]
  return node
}

/** Every string value of a JSON document, in walk order. */
function collectStrings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node)
  else if (Array.isArray(node)) node.forEach((child) => collectStrings(child, out))
  else if (node && typeof node === 'object') Object.values(node).forEach((child) => collectStrings(child, out))
  return out
}

describe('pattern detection details', () => {
  it('finds the same secrets in a batch of many strings as one by one, and never across strings', async () => {
    const s = makeSecrets()
    const strings = Array.from({ length: 3000 }, (_, i) => `line ${i} https://api.example.net/v1/items/${i}?page=${i}`)
    strings[5] = 'token ' + s.githubClassic
    strings[1700] = s.slack
    strings[2999] = 'aws_secret_access_key ='
    strings.push(s.awsSecret) // would complete the line before it if strings ran together
    const doc = { strings }
    const result = await scanDocument(doc)
    expect(result.findings.map((f) => `${f.pointer} ${f.rule}`)).toEqual([
      `/strings/5 ${GITHUB}`,
      `/strings/1700 ${SLACK}`
    ])
  })

  it('narrows wide or shifted secretlint ranges to the secret itself', async () => {
    const s = makeSecrets()
    const doc = {
      exec: [
        `const url = "https://deploy:${s.urlPassword}@deploy.example.net/hook"`,
        `aws_secret_access_key = "${s.awsSecret}"`,
        `const db = "postgres://app:${s.formPassword}@db.example.net:5432/app"`
      ]
    }
    const result = await scanDocument(doc)
    expect(result.findings.map((f) => f.rule)).toEqual([
      '@secretlint/secretlint-rule-basicauth',
      AWS,
      '@secretlint/secretlint-rule-database-connection-string'
    ])
    expect(result.document.exec).toEqual([
      `const url = "https://deploy:${REDACTED_PLACEHOLDER}@deploy.example.net/hook"`,
      `aws_secret_access_key = "${REDACTED_PLACEHOLDER}"`,
      `const db = "postgres://app:${REDACTED_PLACEHOLDER}@db.example.net:5432/app"`
    ])
  })

  it('ignores AWS documentation examples and finds AKIA/ASIA key IDs and PMAT keys on their own', async () => {
    const s = makeSecrets()
    const example = 'AK' + 'IAIOSFODNN7' + 'EXAMPLE'
    const sessionKey = 'AS' + 'IA' + random(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
    const result = await scanDocument({ a: `id ${example}`, b: `id ${sessionKey}`, c: `key=${s.postmanAccessKey}` })
    expect(result.findings.map((f) => `${f.pointer} ${f.rule}`)).toEqual([
      '/b postman/aws-access-key-id',
      '/c postman/postman-collection-access-key'
    ])
  })
})

describe('secretlint configuration', () => {
  it('does not honour secretlint-disable comments inside a document (the allow-list is the way)', async () => {
    const s = makeSecrets()
    const doc = {
      exec: ['// secretlint-disable', `const t = "${s.githubClassic}" // secretlint-disable-line`, s.slack]
    }
    const result = await scanDocument(doc)
    expect(result.findings.map((f) => `${f.pointer} ${f.rule}`)).toEqual([`/exec/1 ${GITHUB}`, `/exec/2 ${SLACK}`])
  })

  it("reports the run's own token once, as an own credential, not again as a pattern hit", async () => {
    const s = makeSecrets()
    const result = await scanDocument(
      { exec: [`const t = "${s.githubClassic}"`] },
      { ownCredentials: [s.githubClassic] }
    )
    expect(result.findings).toEqual([
      { pointer: '/exec/0', rule: 'postman/own-credential', kind: 'own-credential', action: 'redacted' }
    ])
    expect(result.document.exec[0]).toBe(`const t = "${REDACTED_PLACEHOLDER}"`)
  })
})

describe('scanText', () => {
  it('scans a YAML spec as a whole (a multi-line key) and names lines', async () => {
    const s = makeSecrets()
    const yaml = [
      'openapi: 3.0.0',
      'info:',
      '  title: Demo',
      '  description: |',
      ...s.pem.split('\n').map((line) => '    ' + line),
      `  x-token: ${s.githubClassic}`,
      `  x-own: ${s.postmanApiKey}`,
      ''
    ].join('\n')
    const result = await scanText(yaml, { ownCredentials: [s.postmanApiKey] })
    const pemLines = s.pem.split('\n').length
    expect(result.findings.map((f) => `${f.line} ${f.rule}`)).toEqual([
      `${6 + pemLines} postman/own-credential`,
      `5 ${PRIVATE_KEY}`,
      `${5 + pemLines} ${GITHUB}`
    ])
    for (const secret of [s.pem, s.githubClassic, s.postmanApiKey]) expect(result.text).not.toContain(secret)
    expect(result.text.split('\n')).toHaveLength(yaml.split('\n').length - pemLines + 1)
    expect((await scanText(yaml, { policy: 'fail', ownCredentials: [] })).refused).toBe(true)
  })
})

describe('the scan sources and tests hold no token-shaped string', () => {
  it.each(['src/scan', '__tests__/scan', 'test-servers/planted-secrets.ts'])('%s', async (place) => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
    const at = path.join(root, place)
    const files = fs.statSync(at).isDirectory() ? fs.readdirSync(at).map((name) => path.join(at, name)) : [at]
    for (const file of files) {
      const result = await scanText(fs.readFileSync(file, 'utf8'), { policy: 'warn' })
      expect({ file, findings: result.findings }).toEqual({ file, findings: [] })
    }
  })
})
