// Our Collection Format schemas against the official ones (../shared/reference), on every
// document of ../shared/corpus and on deterministic mutated copies: strict must give the
// official verdict every time; lenient must accept everything strict accepts.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { Ajv, type ValidateFunction } from 'ajv'
import ajvFormats from 'ajv-formats'
import {
  CollectionV20Schema,
  CollectionV21Schema,
  KNOWN_DEVIATIONS,
  validateCollection,
  type CollectionVersion,
  type ValidationResult
} from '../../src/schema/index.js'
import { explain } from '../../src/schema/explain.js'
import { lenientSchema } from '../../src/schema/deviations.js'
import { readCorpus, requireShared, sharedPath } from '../helpers/corpus.js'
import { seededRandom } from '../../bench/corpus-workspace.js'

// ---- the shared folder: fail loudly when it is not there ----

const OFFICIAL_FILES: Record<CollectionVersion, string> = {
  '2.1.0': sharedPath('reference', 'postman-collection-schema', 'collection-v2.1.0.draft-07.json'),
  '2.0.0': sharedPath('reference', 'postman-collection-schema', 'collection-v2.0.0.draft-07.json')
}

requireShared(...Object.values(OFFICIAL_FILES))

// ---- the oracle: the official schema, as its README says to run it, plus ajv-formats ----

const official: Record<CollectionVersion, ValidateFunction> = {
  '2.1.0': officialValidator(OFFICIAL_FILES['2.1.0']),
  '2.0.0': officialValidator(OFFICIAL_FILES['2.0.0'])
}

function officialValidator(file: string): ValidateFunction {
  const ajv = new Ajv({ strict: false })
  // The official schemas use no `format` today (asserted below); with ajv-formats the oracle
  // would still judge formats as draft-07 means them if one were added upstream.
  ajvFormats.default(ajv)
  return ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8')) as object)
}

/** The official file the document names; v2.1.0 when it cannot be told. Written apart from ours on purpose. */
function officialVersion(doc: unknown): CollectionVersion {
  const schema = (doc as { info?: { schema?: unknown } } | null)?.info?.schema
  return typeof schema === 'string' && schema.includes('v2.0.0') ? '2.0.0' : '2.1.0'
}

const ourStrict: Record<CollectionVersion, object> = { '2.1.0': CollectionV21Schema, '2.0.0': CollectionV20Schema }

// ---- the corpus ----

const corpus = readCorpus()

// ---- mutations: applied in place, judged, then undone ----

type Json = Record<string, unknown>
type Container = Json | unknown[]
type Undo = () => void

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function setAt(parent: Container, key: string | number, value: unknown): Undo {
  const p = parent as Record<string | number, unknown>
  const had = Object.prototype.hasOwnProperty.call(p, key)
  const old = p[key]
  p[key] = value
  return () => {
    if (had) p[key] = old
    else delete p[key]
  }
}

function deleteAt(parent: Container, key: string | number): Undo {
  if (Array.isArray(parent)) {
    const [old] = parent.splice(Number(key), 1)
    return () => void parent.splice(Number(key), 0, old)
  }
  if (!Object.prototype.hasOwnProperty.call(parent, key)) return () => undefined
  const old = parent[key]
  delete parent[key]
  return () => void (parent[key] = old)
}

function pushTo(array: unknown[], value: unknown): Undo {
  array.push(value)
  return () => void array.pop()
}

interface Node {
  parent: Container
  key: string | number
  value: unknown
  depth: number
}

function nodes(doc: unknown, limit = 200_000): Node[] {
  const out: Node[] = []
  const walk = (value: unknown, depth: number): void => {
    if (out.length >= limit) return
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        out.push({ parent: value, key: i, value: v, depth: depth + 1 })
        walk(v, depth + 1)
      })
    } else if (isObject(value)) {
      for (const [k, v] of Object.entries(value)) {
        out.push({ parent: value, key: k, value: v, depth: depth + 1 })
        walk(v, depth + 1)
      }
    }
  }
  walk(doc, 0)
  return out
}

function first(all: Node[], predicate: (n: Node) => boolean): Node | undefined {
  return all.find(predicate)
}

const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'
const V20 = 'https://schema.getpostman.com/json/collection/v2.0.0/collection.json'

type Mutation = [name: string, apply: (doc: Json, all: Node[]) => Undo | undefined]

const isRequestObject = (n: Node) => n.key === 'request' && isObject(n.value)
const isUrlObject = (n: Node) => n.key === 'url' && isObject(n.value)
const isItemArray = (n: Node) => n.key === 'item' && Array.isArray(n.value)
const topItem = (doc: Json) => (Array.isArray(doc.item) && isObject(doc.item[0]) ? doc.item[0] : undefined)
const info = (doc: Json) => (isObject(doc.info) ? doc.info : undefined)
const withRequest = (all: Node[], change: (request: Json) => Undo) => {
  const n = first(all, isRequestObject)
  return n ? change(n.value as Json) : undefined
}
const withUrl = (all: Node[], change: (url: Json) => Undo) => {
  const n = first(all, isUrlObject)
  return n ? change(n.value as Json) : undefined
}
const withResponses = (all: Node[], value: unknown) => {
  const n = first(all, (x) => x.key === 'response' && Array.isArray(x.value))
  return n ? pushTo(n.value as unknown[], value) : undefined
}
const bothItemAndRequest = (item: Json | undefined) =>
  item === undefined
    ? undefined
    : 'request' in item
      ? setAt(item, 'item', [])
      : setAt(item, 'request', 'https://example.com')
const collectionVariable = (type: unknown) => (doc: Json) =>
  Array.isArray(doc.variable) && isObject(doc.variable[0])
    ? setAt(doc.variable[0], 'type', type)
    : setAt(doc, 'variable', [{ key: 'k', value: 'v', type }])

const TARGETED: Mutation[] = [
  ['delete info', (doc) => deleteAt(doc, 'info')],
  ['delete info.name', (doc) => (info(doc) ? deleteAt(info(doc)!, 'name') : undefined)],
  ['delete info.schema', (doc) => (info(doc) ? deleteAt(info(doc)!, 'schema') : undefined)],
  [
    'info.schema other version',
    (doc) => (info(doc) ? setAt(info(doc)!, 'schema', officialVersion(doc) === '2.0.0' ? V21 : V20) : undefined)
  ],
  [
    'info.schema unknown version',
    (doc) =>
      info(doc)
        ? setAt(info(doc)!, 'schema', 'https://schema.getpostman.com/json/collection/v9.9.9/collection.json')
        : undefined
  ],
  ['info.schema number', (doc) => (info(doc) ? setAt(info(doc)!, 'schema', 2) : undefined)],
  ['info.description number', (doc) => (info(doc) ? setAt(info(doc)!, 'description', 5) : undefined)],
  [
    'info.description object',
    (doc) => (info(doc) ? setAt(info(doc)!, 'description', { content: 'x', type: 'text/markdown' }) : undefined)
  ],
  [
    'info.version identifier too long',
    (doc) =>
      info(doc) ? setAt(info(doc)!, 'version', { major: 1, minor: 0, patch: 0, identifier: 'abcdefghijk' }) : undefined
  ],
  [
    'info.version fractional',
    (doc) => (info(doc) ? setAt(info(doc)!, 'version', { major: 1.5, minor: 0, patch: 0 }) : undefined)
  ],
  [
    'info.version negative',
    (doc) => (info(doc) ? setAt(info(doc)!, 'version', { major: -1, minor: 0, patch: 0 }) : undefined)
  ],
  ['item object', (doc) => setAt(doc, 'item', {})],
  ['item string', (doc) => setAt(doc, 'item', 'x')],
  ['item[0] both request and folder', (doc) => bothItemAndRequest(topItem(doc))],
  [
    'nested item both request and folder',
    (_doc, all) => {
      const n = first(all, (x) => isItemArray(x) && x.depth > 1 && isObject((x.value as unknown[])[0]))
      return n ? bothItemAndRequest((n.value as Json[])[0]) : undefined
    }
  ],
  [
    'item[0] neither request nor folder',
    (doc) => (Array.isArray(doc.item) ? pushTo(doc.item, { name: 'nothing' }) : undefined)
  ],
  [
    'folder item object',
    (_doc, all) => {
      const n = first(all, (x) => isItemArray(x) && x.depth > 1)
      return n ? setAt(n.parent, n.key, {}) : undefined
    }
  ],
  ['method number', (_doc, all) => withRequest(all, (r) => setAt(r, 'method', 123))],
  ['method custom', (_doc, all) => withRequest(all, (r) => setAt(r, 'method', 'FETCH'))],
  ['url number', (_doc, all) => withRequest(all, (r) => setAt(r, 'url', 42))],
  ['url host number', (_doc, all) => withUrl(all, (u) => setAt(u, 'host', 5))],
  ['url path bad segment', (_doc, all) => withUrl(all, (u) => setAt(u, 'path', [{ type: 'string', value: 'x' }, 5]))],
  ['url query nulls', (_doc, all) => withUrl(all, (u) => setAt(u, 'query', [{ key: null, value: null }]))],
  ['url variable secret', (_doc, all) => withUrl(all, (u) => setAt(u, 'variable', [{ key: 'k', type: 'secret' }]))],
  [
    'request string',
    (_doc, all) => {
      const n = first(all, isRequestObject)
      return n ? setAt(n.parent, n.key, 'https://example.com') : undefined
    }
  ],
  [
    'request array',
    (_doc, all) => {
      const n = first(all, isRequestObject)
      return n ? setAt(n.parent, n.key, []) : undefined
    }
  ],
  ['request header missing value', (_doc, all) => withRequest(all, (r) => setAt(r, 'header', [{ key: 'X-A' }]))],
  ['request header string', (_doc, all) => withRequest(all, (r) => setAt(r, 'header', 'X-A: b'))],
  [
    'body formdata type blob',
    (_doc, all) =>
      withRequest(all, (r) =>
        setAt(r, 'body', { mode: 'formdata', formdata: [{ key: 'a', value: 'b', type: 'blob' }] })
      )
  ],
  [
    'body formdata file src number',
    (_doc, all) =>
      withRequest(all, (r) => setAt(r, 'body', { mode: 'formdata', formdata: [{ key: 'a', type: 'file', src: 5 }] }))
  ],
  ['body mode xml', (_doc, all) => withRequest(all, (r) => setAt(r, 'body', { mode: 'xml', raw: '<a/>' }))],
  ['body null', (_doc, all) => withRequest(all, (r) => setAt(r, 'body', null))],
  ['proxy port negative', (_doc, all) => withRequest(all, (r) => setAt(r, 'proxy', { port: -1 }))],
  ['certificate matches string', (_doc, all) => withRequest(all, (r) => setAt(r, 'certificate', { matches: 'x' }))],
  ['request auth jwt', (_doc, all) => withRequest(all, (r) => setAt(r, 'auth', { type: 'jwt' }))],
  [
    'auth basic attribute array',
    (doc) => setAt(doc, 'auth', { type: 'basic', basic: [{ key: 'username', value: 'u', type: 'string' }] })
  ],
  ['auth basic object', (doc) => setAt(doc, 'auth', { type: 'basic', basic: { username: 'u' } })],
  ['auth null', (doc) => setAt(doc, 'auth', null)],
  ['variable type secret', collectionVariable('secret')],
  ['variable type default', collectionVariable('default')],
  ['variable type bogus', collectionVariable('bogus')],
  ['variable without id or key', (doc) => setAt(doc, 'variable', [{ value: 'v' }])],
  [
    'item variable secret',
    (_doc, all) => {
      const n = first(all, isRequestObject)
      return n && !Array.isArray(n.parent)
        ? setAt(n.parent, 'variable', [{ id: 'i', key: 'k', type: 'secret' }])
        : undefined
    }
  ],
  ['event without listen', (doc) => setAt(doc, 'event', [{ script: { exec: ['x'] } }])],
  ['event exec number', (doc) => setAt(doc, 'event', [{ listen: 'test', script: { exec: 5 } }])],
  ['protocolProfileBehavior array', (doc) => setAt(doc, 'protocolProfileBehavior', [])],
  ['response string', (_doc, all) => withResponses(all, 'not a response')],
  ['response code fractional', (_doc, all) => withResponses(all, { code: 200.5 })],
  ['response cookie without domain', (_doc, all) => withResponses(all, { cookie: [{ path: '/' }] })],
  ['response header null', (_doc, all) => withResponses(all, { header: null })],
  ['response header number', (_doc, all) => withResponses(all, { header: 5 })]
]

const POOL: unknown[] = [
  42,
  2.5,
  -1,
  'x',
  '',
  'abcdefghijk',
  'secret',
  'text',
  'file',
  'GET',
  'jwt',
  null,
  true,
  {},
  [],
  [1],
  { key: 'k' }
]

function randomMutations(all: Node[], seed: number, count: number): Mutation[] {
  // Seeded, so every run judges the same copies.
  const random = seededRandom(seed)
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]
  const out: Mutation[] = []
  for (let i = 0; i < count && all.length > 0; i++) {
    const node = pick(all)
    const roll = random()
    const value = pick(POOL)
    if (roll < 0.6)
      out.push([
        `random: set ${String(node.key)} = ${JSON.stringify(value)}`,
        () => setAt(node.parent, node.key, structuredClone(value))
      ])
    else if (roll < 0.8) out.push([`random: delete ${String(node.key)}`, () => deleteAt(node.parent, node.key)])
    else if (Array.isArray(node.value))
      out.push([`random: push to ${String(node.key)}`, () => pushTo(node.value as unknown[], structuredClone(value))])
    else out.push([`random: ${String(node.key)} in an array`, () => setAt(node.parent, node.key, [node.value])])
  }
  return out
}

// ---- judging ----

interface Verdicts {
  official: boolean
  strict: ValidationResult
  lenient: ValidationResult
  off: ValidationResult
  explained: boolean
}

function judge(doc: unknown): Verdicts {
  const version = officialVersion(doc)
  return {
    official: official[version](doc),
    strict: validateCollection(doc, 'strict'),
    lenient: validateCollection(doc, 'lenient'),
    off: validateCollection(doc, 'off'),
    explained: explain(ourStrict[version], doc).length === 0
  }
}

/** Does the pointer name a place in the document? (Errors point at the value or at its parent.) */
function resolves(doc: unknown, pointer: string): boolean {
  if (pointer === '') return true
  let node: unknown = doc
  for (const token of pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, token)) return false
    node = (node as Record<string, unknown>)[token]
  }
  return true
}

interface Tally {
  cases: number
  officialValid: number
  officialInvalid: number
  problems: string[]
}

function check(tally: Tally, label: string, doc: unknown, extra?: (v: Verdicts) => string | undefined): Verdicts {
  const v = judge(doc)
  tally.cases++
  if (v.official) tally.officialValid++
  else tally.officialInvalid++
  const problem = (text: string) => tally.problems.push(`${label}: ${text}`)
  if (v.strict.valid !== v.official) {
    problem(
      `strict says ${v.strict.valid ? 'valid' : 'invalid'}, official says ${v.official ? 'valid' : 'invalid'} ${JSON.stringify(v.strict.errors.slice(0, 2))}`
    )
  }
  if (v.explained !== v.official)
    problem(
      `the error walk says ${v.explained ? 'valid' : 'invalid'}, official says ${v.official ? 'valid' : 'invalid'}`
    )
  if (v.strict.valid && !v.lenient.valid)
    problem(`strict accepts but lenient rejects: ${JSON.stringify(v.lenient.errors.slice(0, 2))}`)
  if (v.lenient.valid && !v.off.valid) problem('lenient accepts but off rejects')
  if (v.strict.valid && v.lenient.warnings.length > 0) problem('warnings on a strictly valid document')
  for (const r of [v.strict, v.lenient, v.off]) {
    if (!r.valid && r.errors.length === 0) problem('rejected without errors')
    if (r.valid && r.errors.length > 0) problem('accepted with errors')
    if (r.errors.length > 10) problem(`${r.errors.length} errors reported`)
    for (const e of [...r.errors, ...r.warnings])
      if (!resolves(doc, e.pointer)) problem(`pointer ${e.pointer} does not resolve`)
  }
  const expectedVersion = officialVersion(doc)
  if (v.strict.version !== undefined && v.strict.version !== expectedVersion)
    problem(`version ${v.strict.version}, official file ${expectedVersion}`)
  const more = extra?.(v)
  if (more) problem(more)
  return v
}

/** Random mutations per file: fewer for the few large files, which cost the most time. */
const randomCount = (doc: unknown) => (JSON.stringify(doc).length > 300_000 ? 6 : 30)

describe('Collection Format schema against the official schema (../shared)', () => {
  it('official schemas use no `format` (so ajv-formats is not needed at runtime)', () => {
    for (const file of Object.values(OFFICIAL_FILES)) expect(fs.readFileSync(file, 'utf8')).not.toMatch(/"format"\s*:/)
  })

  it('our definitions are the official ones, annotations aside', () => {
    for (const version of ['2.1.0', '2.0.0'] as const) {
      const theirs = normalise(JSON.parse(fs.readFileSync(OFFICIAL_FILES[version], 'utf8')))
      const ours = normalise(JSON.parse(JSON.stringify(ourStrict[version])))
      expect(Object.keys((ours as Json).definitions as Json).sort()).toEqual(
        Object.keys((theirs as Json).definitions as Json).sort()
      )
      expect(differences(ours, theirs, version)).toEqual([])
    }
  })

  it('the lenient schemas differ from the strict ones only by the known deviations', () => {
    for (const version of ['2.1.0', '2.0.0'] as const) {
      const strict = JSON.parse(JSON.stringify(ourStrict[version])) as Json
      const lenient = lenientSchema(strict)
      const diffs = differences(lenient, strict, version)
      expect(diffs).toHaveLength(KNOWN_DEVIATIONS.length * 2) // the enum and the tag
      for (const d of KNOWN_DEVIATIONS)
        expect(diffs.join('\n')).toContain(`/definitions/${d.definition}/properties/${d.property}`)
    }
  })

  it('every corpus file and its mutated copies: strict verdict = official verdict, lenient ⊇ strict', () => {
    const files: Tally = { cases: 0, officialValid: 0, officialInvalid: 0, problems: [] }
    const mutants: Tally = { cases: 0, officialValid: 0, officialInvalid: 0, problems: [] }
    const report: string[] = []
    let targeted = 0
    let strictOnly = 0
    corpus.forEach(({ name, doc }, index) => {
      const v = check(files, name, doc)
      if (!v.strict.valid) {
        report.push(
          `  ${name}: strict rejects (${v.strict.errors
            .slice(0, 2)
            .map((e) => `${e.pointer || '(root)'} ${e.message}`)
            .join('; ')})` +
            (v.lenient.valid
              ? `; lenient accepts with ${v.lenient.warnings.length} warning(s)`
              : '; lenient rejects too')
        )
      }
      if (v.lenient.valid && !v.strict.valid) strictOnly++
      if (!isObject(doc)) return
      const all = nodes(doc)
      const mutations = [...TARGETED, ...randomMutations(all, 1000 + index, randomCount(doc))]
      for (const [mutation, apply] of mutations) {
        const undo = apply(doc, all)
        if (undo === undefined) continue
        if (!mutation.startsWith('random')) targeted++
        try {
          check(mutants, `${name} [${mutation}]`, doc, (m) => {
            // A deviation Postman emits, added to a document strict accepted: lenient must accept it and say where.
            if (v.strict.valid && /variable (type secret|type default)|variable secret/.test(mutation)) {
              if (!m.lenient.valid)
                return `lenient rejects a known deviation: ${JSON.stringify(m.lenient.errors.slice(0, 2))}`
              if (m.lenient.warnings.length === 0) return 'lenient accepted a known deviation without a warning'
              if (m.strict.valid) return 'strict accepted a known deviation'
            }
            return undefined
          })
        } finally {
          undo()
        }
      }
    })
    console.log(
      [
        `Collection schema corpus: ${corpus.length} files (${files.officialValid} valid, ${files.officialInvalid} invalid per the official schema), ` +
          `${mutants.cases} mutated copies (${targeted} from ${TARGETED.length} targeted mutations, the rest random; ` +
          `${mutants.officialValid} valid, ${mutants.officialInvalid} invalid).`,
        `Disagreements with the official schema: files ${files.problems.length}, mutated copies ${mutants.problems.length}.`,
        `Accepted by lenient only: ${strictOnly} file(s). Files strict rejects:`,
        ...report
      ].join('\n')
    )
    expect(files.problems).toEqual([])
    expect(mutants.problems).toEqual([])
    expect(files.cases).toBe(corpus.length)
    expect(mutants.officialInvalid).toBeGreaterThan(1000)
  })

  it('documents that are not objects are rejected like the official schema does', () => {
    const tally: Tally = { cases: 0, officialValid: 0, officialInvalid: 0, problems: [] }
    const sample = corpus.find((f) => f.name.endsWith('v2.1.0__helpers.json'))?.doc
    for (const doc of [
      null,
      42,
      'x',
      '<!DOCTYPE html><html></html>',
      [],
      [sample],
      JSON.stringify(sample),
      { error: { name: 'instanceNotFoundError', message: 'not found' } }
    ]) {
      check(tally, JSON.stringify(doc)?.slice(0, 40) ?? 'undefined', doc)
    }
    expect(tally.problems).toEqual([])
    expect(tally.officialInvalid).toBe(tally.cases)
  })

  it('the real Postman exports that break the official schema are exactly the known deviations', () => {
    // Every real/ collection (it has info and item) that strict rejects but lenient accepts
    // must be one whose only strict errors are deviations in the table.
    for (const { name, doc } of corpus.filter((f) => f.name.startsWith('real/'))) {
      const strict = validateCollection(doc, 'strict')
      const lenient = validateCollection(doc, 'lenient')
      if (strict.valid || !lenient.valid) continue
      expect({ name, errors: strict.errors.filter((e) => !/Postman emits/.test(e.message)) }).toEqual({
        name,
        errors: []
      })
      expect(lenient.warnings.length).toBeGreaterThan(0)
    }
    const sabre = validateCollection(
      corpus.find((f) => f.name === 'real/sabre__CERT_DEMO_Use_Cases.postman-collection.json')?.doc,
      'lenient'
    )
    expect(sabre).toMatchObject({ valid: true, version: '2.1.0' })
    expect(sabre.warnings.map((w) => w.pointer)).toEqual([
      '/variable/5/type',
      '/variable/6/type',
      '/variable/7/type',
      '/variable/8/type',
      '/variable/9/type',
      '/variable/10/type'
    ])
  })
})

// ---- structural comparison of schemas ----

const ANNOTATIONS = new Set(['title', 'description', '$schema', '$id', 'default', 'examples'])

/** Drop annotations (they do not change verdicts) and order `required`, so that schemas compare by meaning. */
function normalise(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(normalise)
  if (!isObject(schema)) return schema
  const out: Json = {}
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue
    if ((key === 'properties' || key === 'definitions') && isObject(value)) {
      // Maps from names to schemas: the names (e.g. a property called "description") stay.
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, normalise(sub)]))
    } else {
      out[key] = key === 'required' && Array.isArray(value) ? [...(value as string[])].sort() : normalise(value)
    }
  }
  return out
}

function differences(a: unknown, b: unknown, at: string): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [`${at}: ${a.length} vs ${b.length} entries`]
    return a.flatMap((x, i) => differences(x, b[i], `${at}/${i}`))
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    return [...keys].flatMap((k) =>
      !(k in a)
        ? [`${at}/${k}: only in the second`]
        : !(k in b)
          ? [`${at}/${k}: only in the first`]
          : differences(a[k], b[k], `${at}/${k}`)
    )
  }
  return Object.is(a, b) ? [] : [`${at}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`]
}
