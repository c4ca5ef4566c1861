// validateEnvironment on the real documents of ../shared: every environment file validates,
// every other document (collections, globals) is refused, and so is the Postman API sample's
// envelope while its inner `environment` validates.
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { formatIssue, validateEnvironment } from '../../src/schema/index.js'
import { isEnvironmentFile, readCorpus, readJson, requireShared, sharedPath } from '../helpers/corpus.js'

// ---- the shared folder: fail loudly when it is not there ----

const SAMPLES = sharedPath('reference', 'postman-api', 'samples')
const GET_ENVIRONMENT = path.join(SAMPLES, 'openapi__getEnvironment__Successful-Response.json')

requireShared(GET_ENVIRONMENT)

const corpus = readCorpus()
const environments = corpus.filter((f) => isEnvironmentFile(f.name))
const others = corpus.filter((f) => !isEnvironmentFile(f.name))

describe('validateEnvironment on the corpus (../shared)', () => {
  it('finds the environment files, including the BOM and UTF-16 ones', () => {
    expect(environments.length).toBeGreaterThanOrEqual(7)
    expect(environments.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'real/newman__bom-in-environment-file.postman_environment.json',
        'real/newman__utf16-le-encoding-in-env.postman_environment.json',
        'real/f5bigiq__F5-BIG-IQ-REST-Postman-Environment.json'
      ])
    )
  })

  it('every environment file validates (lenient and off); strict refuses only the exported types outside the OpenAPI enum', () => {
    const report: string[] = []
    for (const { name, doc } of environments) {
      const lenient = validateEnvironment(doc, 'lenient')
      const strict = validateEnvironment(doc, 'strict')
      expect({ name, errors: lenient.errors.map(formatIssue) }).toEqual({ name, errors: [] })
      expect({ name, valid: validateEnvironment(doc, 'off').valid }).toEqual({ name, valid: true })
      // Strict and lenient differ exactly by the warned types.
      expect({ name, strict: strict.valid }).toEqual({ name, strict: lenient.warnings.length === 0 })
      if (!strict.valid)
        expect({ name, errors: strict.errors.filter((e) => !/Postman emits/.test(e.message)) }).toEqual({
          name,
          errors: []
        })
      const values = (doc as { values: unknown[] }).values.length
      report.push(
        `  ${name}: ${values} variables, strict ${strict.valid ? 'valid' : 'invalid'}, lenient warnings ${lenient.warnings.length}`
      )
    }
    console.log([`Environment corpus: ${environments.length} files, all valid (lenient).`, ...report].join('\n'))
  })

  it('refuses every collection and globals file of the corpus, in every mode, with a reason', () => {
    const hints: Record<string, number> = {}
    for (const { name, doc } of others) {
      for (const mode of ['strict', 'lenient', 'off'] as const) {
        const result = validateEnvironment(doc, mode)
        expect({ name, mode, valid: result.valid }).toEqual({ name, mode, valid: false })
        expect(result.errors.length).toBeGreaterThan(0)
      }
      const first = validateEnvironment(doc).errors[0].message
      const hint = /collection/.test(first)
        ? 'named a collection'
        : /array of variables/.test(first)
          ? 'named a globals or data file'
          : 'other'
      hints[hint] = (hints[hint] ?? 0) + 1
    }
    // Every collection of the corpus has info and item (v1 ones excepted), so the reason names it.
    console.log(`Non-environment corpus files refused: ${others.length} (${JSON.stringify(hints)})`)
    expect(hints['named a globals or data file']).toBe(1)
    expect(hints['named a collection']).toBeGreaterThan(others.length * 0.8)
  })

  it("validates the inner `environment` of Postman's getEnvironment sample, and refuses the envelope", () => {
    const sample = readJson(GET_ENVIRONMENT) as { environment: unknown }
    expect(validateEnvironment(sample.environment, 'strict')).toEqual({
      valid: true,
      version: undefined,
      errors: [],
      warnings: []
    })
    expect(validateEnvironment(sample).errors[0]).toEqual({
      pointer: '/environment',
      message:
        'the environment is wrapped in an "environment" property (the Postman API response shape); validate the inner object'
    })
  })

  it("refuses the Postman API's environment error samples, naming them", () => {
    const errors = fs.readdirSync(SAMPLES).filter((f) => /^openapi__environments404Error__/.test(f))
    expect(errors.length).toBeGreaterThan(0)
    for (const file of errors) {
      const result = validateEnvironment(readJson(path.join(SAMPLES, file)))
      expect({ file, valid: result.valid }).toEqual({ file, valid: false })
      expect(result.errors[0].message).toMatch(/^the document is an API error response, not an environment \(.+\)$/)
    }
  })
})
