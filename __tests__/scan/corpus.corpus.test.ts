// The secret scan on every document of ../shared/corpus (real collections published by their
// owners, and Postman's schema examples). Every hit was reviewed: all are literal credentials in
// credential places — Postman's demo credentials (postman-echo's `postman:password`, `ssh-secret`,
// Hawk/NTLM/Digest/EdgeGrid/OAuth 1 headers of its auth tests), expired JWTs and OAuth 1 tokens
// left in published headers, a demo password in a URL. None is a false positive (a value that is
// not a credential): the earlier ones (`key` properties of Postman's own {key, value} pairs
// inside raw bodies, 3-character placeholders like `xyz`) were tuned out. The table below pins
// the hits per file and rule, so any new hit (a false positive until reviewed) or lost hit fails.
import { describe, expect, it } from '@jest/globals'
import { validateCollection } from '../../src/schema/index.js'
import { scanDocument, type SecretFinding } from '../../src/scan/index.js'
import { isEnvironmentFile, readCorpus } from '../helpers/corpus.js'

const HEADER = 'postman/header-credential'
const FORM = 'postman/form-credential'

/** The reviewed hits: file → rule → count. */
const REVIEWED: Record<string, Record<string, number>> = {
  'postmanlabs-schemas-examples/v2.0.0__bearerAuthTest.json': { [HEADER]: 1 },
  'postmanlabs-schemas-examples/v2.0.0__edgegridAuthTest.json': { [HEADER]: 1 },
  'postmanlabs-schemas-examples/v2.0.0__hawkAuthTest.json': { [HEADER]: 1 },
  'postmanlabs-schemas-examples/v2.0.0__ntlmAuthTest.json': { [HEADER]: 1 },
  'postmanlabs-schemas-examples/v2.0.0__syncapi.json': { [FORM]: 15 },
  'postmanlabs-schemas-examples/v2.0.0__twitter.json': { [FORM]: 2, [HEADER]: 18 },
  'postmanlabs-schemas-examples/v2.1.0__apikeyAuthTest.json': { [HEADER]: 1 },
  'postmanlabs-schemas-examples/v2.1.0__bearerAuthTest.json': { [HEADER]: 1 },
  'postmanlabs-schemas-examples/v2.1.0__edgegridAuthTest.json': { [HEADER]: 1 },
  'postmanlabs-schemas-examples/v2.1.0__hawkAuthTest.json': { [HEADER]: 1 },
  'postmanlabs-schemas-examples/v2.1.0__ntlmAuthTest.json': { [HEADER]: 1 },
  'postmanlabs-schemas-examples/v2.1.0__syncapi.json': { [FORM]: 15 },
  'postmanlabs-schemas-examples/v2.1.0__twitter.json': { [FORM]: 2, [HEADER]: 18 },
  'real/mall__mall-admin.postman_collection.json': { [HEADER]: 5 },
  'real/newman__echo-v2.postman_collection.json': { [FORM]: 9, [HEADER]: 3 },
  'real/newman__hawk-auth-test.postman_collection.json': { [HEADER]: 1 },
  'real/newman__whatwg-url.postman_collection.json': { 'postman/url-password': 1 },
  'real/pct__v2.0.0-echo.json': { [FORM]: 13, [HEADER]: 9 },
  'real/pct__v2.0.0-twitter.json': { [FORM]: 2, [HEADER]: 18 },
  'real/pmcoll__collection-v2.json': { '@secretlint/secretlint-rule-basicauth': 1 },
  'real/pmcoll__digest.json': { [FORM]: 1, [HEADER]: 1 },
  'real/pmcoll__oauth1.json': { [HEADER]: 1 },
  'real/schemas__v2.1.0-apikeyAuthTest.json': { [HEADER]: 1 },
  'real/schemas__v2.1.0-bearerAuthTest.json': { [HEADER]: 1 },
  'real/schemas__v2.1.0-edgegridAuthTest.json': { [HEADER]: 1 },
  'real/schemas__v2.1.0-hawkAuthTest.json': { [HEADER]: 1 },
  'real/schemas__v2.1.0-ntlmAuthTest.json': { [HEADER]: 1 },
  'real/schemas__v2.1.0-syncapi.json': { [FORM]: 15 }
}

const byRule = (findings: SecretFinding[]) => {
  const counts: Record<string, number> = {}
  for (const f of findings) counts[f.rule] = (counts[f.rule] ?? 0) + 1
  return counts
}

describe('secret scan on the corpus', () => {
  const corpus = readCorpus()

  it('finds exactly the reviewed hits: no false positives', async () => {
    const started = performance.now()
    const found: Record<string, Record<string, number>> = {}
    let strings = 0
    for (const { name, doc } of corpus) {
      strings += JSON.stringify(doc).length
      const result = await scanDocument(doc, { policy: 'warn' })
      if (result.findings.length > 0) found[name] = byRule(result.findings)
    }
    const total = (table: Record<string, Record<string, number>>, prefix = '') =>
      Object.entries(table)
        .filter(([name]) => name.startsWith(prefix))
        .flatMap(([, rules]) => Object.values(rules))
        .reduce((a, b) => a + b, 0)
    const falsePositives = Object.entries(found).flatMap(([name, rules]) =>
      Object.entries(rules)
        .filter(([rule, count]) => count > (REVIEWED[name]?.[rule] ?? 0))
        .map(([rule, count]) => `${name} ${rule} +${count - (REVIEWED[name]?.[rule] ?? 0)}`)
    )
    console.log(
      `secret scan, corpus: ${corpus.length} documents (${(strings / 1e6).toFixed(1)} MB) in ` +
        `${Math.round(performance.now() - started)} ms; hits ${total(found)} ` +
        `(real/: ${total(found, 'real/')}), all reviewed as literal credentials; false positives ${falsePositives.length}`
    )
    expect(falsePositives).toEqual([])
    expect(found).toEqual(REVIEWED)
  })

  it('redacted collections keep their validation verdict and scan clean a second time', async () => {
    for (const { name, doc } of corpus) {
      if (isEnvironmentFile(name) || /globals/i.test(name)) continue
      const result = await scanDocument(doc)
      expect({ name, valid: validateCollection(result.document, 'lenient').valid }).toEqual({
        name,
        valid: validateCollection(doc, 'lenient').valid
      })
      expect({ name, again: (await scanDocument(result.document)).findings }).toEqual({ name, again: [] })
    }
  })
})
