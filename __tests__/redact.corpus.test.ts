// Redaction on every document of ../shared/corpus: a redacted collection keeps its validation
// verdict, every reported pointer holds '' afterwards, nothing but the reported places
// changed, and the input is left as it was. Prints what was redacted, by kind.
import { describe, expect, it } from '@jest/globals'
import {
  AUTH_CREDENTIAL_FIELDS,
  SECRET_VARIABLE_KIND,
  countRedactedByKind,
  redactCollection,
  redactEnvironment,
  type RedactedField
} from '../src/redact.js'
import { validateCollection, validateEnvironment } from '../src/schema/index.js'
import { isEnvironmentFile, readCorpus } from './helpers/corpus.js'

// ---- the corpus (../shared: fails loudly when it is not there) ----

const corpus = readCorpus()
const collections = corpus.filter((f) => !isEnvironmentFile(f.name) && !/globals/i.test(f.name))
const environments = corpus.filter((f) => isEnvironmentFile(f.name))

// ---- JSON pointers ----

const tokens = (pointer: string) =>
  pointer
    .split('/')
    .slice(1)
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))

function valueAt(doc: unknown, pointer: string): { found: boolean; value?: unknown } {
  let node = doc
  for (const token of tokens(pointer)) {
    if (node === null || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, token))
      return { found: false }
    node = (node as Record<string, unknown>)[token]
  }
  return { found: true, value: node }
}

/** A copy of doc with the value at each pointer replaced by '': what the redacted document must equal. */
function blankedAt(doc: unknown, fields: RedactedField[]): unknown {
  const copy = structuredClone(doc)
  for (const { pointer } of fields) {
    const path = tokens(pointer)
    let node = copy as Record<string, unknown>
    for (const token of path.slice(0, -1)) node = node[token] as Record<string, unknown>
    node[path[path.length - 1]] = ''
  }
  return copy
}

/**
 * The oracle: every credential under any property named `auth`, wherever it is, found by a
 * walk that knows nothing of the collection's structure. The redactor walks the structure;
 * if Postman put auth somewhere it does not look, the two counts differ.
 */
function credentialsAnywhere(doc: unknown): number {
  let count = 0
  const isSecret = (v: unknown) =>
    v !== undefined && v !== null && v !== '' && !(typeof v === 'string' && /^\s*(\{\{[^{}]+\}\}\s*)+$/.test(v))
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk)
    if (node === null || typeof node !== 'object') return
    for (const [key, value] of Object.entries(node)) {
      if (key === 'auth' && value !== null && typeof value === 'object') {
        for (const [method, fields] of Object.entries(value)) {
          const keys = Object.keys((AUTH_CREDENTIAL_FIELDS as Record<string, object>)[method] ?? {})
          if (Array.isArray(fields))
            count += fields.filter(
              (f: { key?: unknown; value?: unknown }) => keys.includes(String(f?.key)) && isSecret(f.value)
            ).length
          else if (fields !== null && typeof fields === 'object')
            count += keys.filter((k) => isSecret((fields as Record<string, unknown>)[k])).length
        }
      }
      walk(value)
    }
  }
  walk(doc)
  return count
}

function checkRedaction(
  name: string,
  doc: unknown,
  result: { document: unknown; redacted: RedactedField[] },
  problems: string[]
): void {
  const pointers = result.redacted.map((f) => f.pointer)
  if (new Set(pointers).size !== pointers.length) problems.push(`${name}: a pointer is reported twice`)
  for (const { pointer, kind } of result.redacted) {
    const after = valueAt(result.document, pointer)
    const before = valueAt(doc, pointer)
    if (!after.found || after.value !== '') problems.push(`${name}: ${pointer} (${kind}) is not '' after redaction`)
    if (!before.found || before.value === '' || before.value === undefined || before.value === null)
      problems.push(`${name}: ${pointer} (${kind}) was reported but was empty`)
    if (typeof before.value === 'string' && /^\s*(\{\{[^{}]+\}\}\s*)+$/.test(before.value))
      problems.push(`${name}: ${pointer} was a variable reference`)
  }
  // Exactly the reported places changed.
  if (JSON.stringify(result.document) !== JSON.stringify(blankedAt(doc, result.redacted)))
    problems.push(`${name}: something else than the reported fields changed`)
}

describe('redaction on the corpus (../shared)', () => {
  it('every collection: same validation verdict after redaction, blanked exactly where reported, input untouched', () => {
    const problems: string[] = []
    const byKind: Record<string, number> = {}
    const perFile: string[] = []
    let fields = 0
    let strictValid = 0
    let elapsed = 0
    for (const { name, doc } of collections) {
      const before = JSON.stringify(doc)
      const started = performance.now()
      const result = redactCollection(doc)
      elapsed += performance.now() - started
      if (JSON.stringify(doc) !== before) problems.push(`${name}: the input changed`)
      checkRedaction(name, doc, result, problems)
      for (const mode of ['strict', 'lenient', 'off'] as const) {
        const was = validateCollection(doc, mode).valid
        const is = validateCollection(result.document, mode).valid
        if (was !== is)
          problems.push(
            `${name}: ${mode} says ${was ? 'valid' : 'invalid'} before and ${is ? 'valid' : 'invalid'} after`
          )
        if (mode === 'strict' && was) strictValid++
      }
      const none = redactCollection(doc, 'none')
      if (none.redacted.length > 0 || JSON.stringify(none.document) !== before)
        problems.push(`${name}: mode none changed something`)
      // Only for what a backup can meet: v1 collections (no info/item) are refused before redaction.
      const authFields = result.redacted.filter((f) => f.kind !== SECRET_VARIABLE_KIND).length
      if (validateCollection(doc, 'off').valid && credentialsAnywhere(doc) !== authFields) {
        problems.push(`${name}: ${credentialsAnywhere(doc)} credentials under auth properties, ${authFields} redacted`)
      }
      fields += result.redacted.length
      for (const [kind, count] of Object.entries(countRedactedByKind(result.redacted)))
        byKind[kind] = (byKind[kind] ?? 0) + count
      if (result.redacted.length > 0)
        perFile.push(
          `  ${name}: ${result.redacted.length} (${Object.entries(countRedactedByKind(result.redacted))
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')})`
        )
    }
    console.log(
      [
        `Redaction corpus: ${collections.length} collections (${strictValid} valid under strict), ${fields} fields redacted in ${perFile.length} files, ` +
          `${elapsed.toFixed(0)} ms in all.`,
        'By kind:',
        ...Object.entries(byKind)
          .sort((a, b) => b[1] - a[1])
          .map(([kind, count]) => `  ${kind}: ${count}`),
        'By file:',
        ...perFile
      ].join('\n')
    )
    expect(problems).toEqual([])
    // The corpus has real credentials in bearer, basic, digest, oauth1 and more (README: "every auth type but jwt/asap").
    // (The one awsv4 block holds a {{reference}}; oauth1 tokens are all empty.)
    for (const kind of [
      'bearer token',
      'basic password',
      'digest password',
      'oauth1 consumer secret',
      'oauth2 access token',
      'hawk auth key',
      'ntlm password',
      'apikey value',
      'edgegrid client secret'
    ]) {
      expect({ kind, found: (byKind[kind] ?? 0) > 0 }).toEqual({ kind, found: true })
    }
  })

  it('every environment: still valid after redaction, secret values blanked exactly where reported', () => {
    const problems: string[] = []
    const report: string[] = []
    for (const { name, doc } of environments) {
      const result = redactEnvironment(doc)
      checkRedaction(name, doc, result, problems)
      for (const mode of ['strict', 'lenient'] as const) {
        if (validateEnvironment(doc, mode).valid !== validateEnvironment(result.document, mode).valid)
          problems.push(`${name}: ${mode} verdict changed`)
      }
      const secrets = (doc as { values: Array<{ type?: unknown; value?: unknown }> }).values.filter(
        (v) => v.type === 'secret'
      )
      report.push(`  ${name}: ${secrets.length} secret variable(s), ${result.redacted.length} redacted`)
    }
    console.log(['Redaction of environments:', ...report].join('\n'))
    expect(problems).toEqual([])
    // The F5 environment has one secret with a value (its password).
    const f5 = environments.find((f) => f.name.includes('f5bigiq'))
    expect(redactEnvironment(f5?.doc).redacted).toEqual([
      { pointer: expect.stringMatching(/^\/values\/\d+\/value$/), kind: 'secret variable' }
    ])
  })
})
