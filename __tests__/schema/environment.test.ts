// validateEnvironment on small hand-written documents (real environment files are in
// environment.corpus.test.ts).
import { describe, expect, it } from '@jest/globals'
import {
  ENVIRONMENT_DEVIATIONS,
  EnvironmentLenientSchema,
  EnvironmentSchema,
  MAX_REPORTED_ERRORS,
  formatIssue,
  validateEnvironment,
  type Environment,
  type ValidationMode
} from '../../src/schema/index.js'

const MODES: ValidationMode[] = ['strict', 'lenient', 'off']
const VALID = { valid: true, version: undefined, errors: [], warnings: [] }

type Doc = Record<string, unknown>

/** As GET /environments/{id} serves it, inside {"environment": …} (Postman's OpenAPI example). */
const apiEnvironment = (): Environment => ({
  id: '5daabc50-8451-43f6-922d-96b403b4f28e',
  name: 'Test Environment',
  owner: '12345678',
  createdAt: '2020-11-05T13:59:22.000Z',
  updatedAt: '2020-11-05T13:59:23.000Z',
  values: [
    {
      key: 'collectionId',
      value: '12ece9e1-2abf-4edc-8e34-de66e74114d2',
      enabled: true,
      type: 'default',
      description: "The collection's ID."
    },
    {
      enabled: true,
      key: 'apiKey',
      secret: true,
      source: { postman: { secretId: 'f5fa5280', type: 'cloud', vaultId: '453a311c' }, provider: 'postman' },
      type: 'default'
    },
    { key: 'password', value: 'hunter2', enabled: true, type: 'secret' }
  ],
  isPublic: false
})

/** As Postman's "Export" writes it to a file. */
const exportedEnvironment = (): Environment => ({
  id: 'df1590e3-fcd6-4e88-8a3a-176e65aea4a0',
  name: 'Sandbox',
  values: [
    { key: 'host', value: 'https://api.example.com', type: 'default', enabled: true },
    { key: 'token', value: '', type: 'secret', enabled: true }
  ],
  _postman_variable_scope: 'environment',
  _postman_exported_at: '2022-11-29T02:15:15.635Z',
  _postman_exported_using: 'Postman/10.1.2'
})

const env = (values: unknown[], extra: Doc = {}): Doc => ({ name: 'E', values, ...extra })

describe('valid environments', () => {
  it('accepts an environment as the Postman API serves it, in every mode', () => {
    for (const mode of MODES) expect(validateEnvironment(apiEnvironment(), mode)).toEqual(VALID)
  })

  it('accepts an exported environment file, in every mode', () => {
    for (const mode of MODES) expect(validateEnvironment(exportedEnvironment(), mode)).toEqual(VALID)
  })

  it('defaults to lenient', () => {
    expect(validateEnvironment(env([{ key: 'k', value: 'v', type: 'any' }])).valid).toBe(true)
  })

  it('accepts an empty values list, and variables with only a key', () => {
    expect(validateEnvironment(env([]), 'strict')).toEqual(VALID)
    expect(validateEnvironment(env([{ key: 'k' }]), 'strict')).toEqual(VALID)
  })

  it('accepts the scalar values scripts store, `disabled` as older exports write it, and descriptions', () => {
    const values = [
      { key: 'n', value: 5 },
      { key: 'b', value: false },
      { key: 'z', value: null },
      { key: 'd', value: '1', disabled: true },
      { key: 'md', value: '', description: { content: '# d', type: 'text/markdown' } }
    ]
    expect(validateEnvironment(env(values), 'strict')).toEqual(VALID)
  })

  it('allows properties it does not know, at the top and in variables', () => {
    const doc = env([{ key: 'k', value: 'v', origin: 'sync', extra: { a: 1 } }], {
      timestamp: 1473255725612,
      fork: { label: 'x' }
    })
    expect(validateEnvironment(doc, 'strict')).toEqual(VALID)
  })

  it('does not change the document', () => {
    const doc = exportedEnvironment()
    const before = JSON.stringify(doc)
    validateEnvironment(doc, 'strict')
    validateEnvironment({ ...doc, values: [{ key: 1 }] }, 'strict')
    expect(JSON.stringify(doc)).toBe(before)
  })
})

describe('lenient mode: the variable types Postman exports beyond the OpenAPI definition', () => {
  it('accepts them with one warning each, pointing at the type', () => {
    const doc = env([
      { key: 'a', value: '1', type: 'any' },
      { key: 'b', value: '2' },
      { key: 'c', value: '3', type: 'text' }
    ])
    const result = validateEnvironment(doc, 'lenient')
    expect(result.valid).toBe(true)
    expect(result.warnings.map((w) => w.pointer)).toEqual(['/values/0/type', '/values/2/type'])
    expect(result.warnings[0].message).toMatch(
      /type "any" is not in Postman's OpenAPI definition.*accepted in lenient mode/
    )
  })

  it('strict refuses them, with a hint', () => {
    const result = validateEnvironment(env([{ key: 'a', value: '1', type: 'text' }]), 'strict')
    expect(result.valid).toBe(false)
    expect(result.errors).toEqual([
      {
        pointer: '/values/0/type',
        message: expect.stringMatching(
          /^must be equal to one of the allowed values: default, secret; Postman emits "text" here .*validation "lenient" accepts$/
        )
      }
    ])
  })

  it('both modes refuse a type nobody emits', () => {
    for (const mode of ['strict', 'lenient'] as const) {
      const result = validateEnvironment(env([{ key: 'a', type: 'password' }]), mode)
      expect(result.valid).toBe(false)
      expect(result.errors[0].pointer).toBe('/values/0/type')
      expect(result.errors[0].message).toMatch(/^must be equal to one of the allowed values: default, secret/)
      expect(result.errors[0].message).not.toMatch(/Postman emits/)
    }
  })

  it('off accepts any type', () => {
    expect(validateEnvironment(env([{ key: 'a', type: 'password' }]), 'off')).toEqual(VALID)
  })

  it('the deviation table and the schemas agree', () => {
    const enumOf = (schema: object) =>
      ((schema as Doc).properties as Doc).values as { items: { properties: { type: { enum: string[] } } } }
    expect(enumOf(EnvironmentSchema).items.properties.type.enum).toEqual(['default', 'secret'])
    expect(enumOf(EnvironmentLenientSchema).items.properties.type.enum).toEqual([
      'default',
      'secret',
      ...ENVIRONMENT_DEVIATIONS.map((d) => d.value)
    ])
  })
})

describe('documents that are not environments', () => {
  const first = (doc: unknown, mode: ValidationMode = 'lenient') => {
    const result = validateEnvironment(doc, mode)
    expect(result.valid).toBe(false)
    expect(result.warnings).toEqual([])
    return result.errors.map(formatIssue)
  }

  it('a Postman API error envelope, in every mode, naming it', () => {
    for (const mode of MODES) {
      expect(
        first({ error: { name: 'instanceNotFoundError', message: 'The specified environment does not exist.' } }, mode)
      ).toEqual([
        '/error: the document is an API error response, not an environment (instanceNotFoundError: The specified environment does not exist.)',
        "(root): must have required property 'name'",
        "(root): must have required property 'values'"
      ])
    }
  })

  it('a problem-details error response', () => {
    const errors = first({
      type: 'https://api.postman.com/problems/not-found',
      status: 404,
      title: 'Not Found',
      detail: 'Not Found'
    })
    expect(errors[0]).toBe(
      '(root): the document is an API error response, not an environment (404 Not Found Not Found)'
    )
  })

  it('an HTML page, JSON text, binary data, nothing, null and numbers', () => {
    expect(first('<!DOCTYPE html><html><body>502 Bad Gateway</body></html>', 'off')).toEqual([
      '(root): must be an object (a Postman environment), got a string that looks like an HTML or XML page'
    ])
    expect(first('{"name":"E","values":[]}')).toEqual([
      '(root): must be an object (a Postman environment), got a string holding JSON (parse it first)'
    ])
    expect(first(Buffer.from('{}'))).toEqual([
      '(root): must be an object (a Postman environment), got binary data (parse the JSON first)'
    ])
    expect(first(undefined)).toEqual(['(root): must be an object (a Postman environment), got nothing (undefined)'])
    expect(first(null)).toEqual(['(root): must be an object (a Postman environment), got null'])
    expect(first(42)).toEqual(['(root): must be an object (a Postman environment), got a number'])
  })

  it('arrays, including an old globals export (an array of variables)', () => {
    expect(first([])).toEqual(['(root): must be an object (a Postman environment), got an array'])
    expect(first([{ key: 'a', value: 'b', type: 'text', enabled: true }])).toEqual([
      '(root): must be an object (a Postman environment), got an array of variables (a globals or data file?)'
    ])
  })

  it('a collection', () => {
    const collection = {
      info: { name: 'C', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
      item: []
    }
    expect(first(collection, 'off')).toEqual([
      '(root): the document looks like a Postman collection, not an environment',
      "(root): must have required property 'name'",
      "(root): must have required property 'values'"
    ])
  })

  it('an environment still in its API envelope', () => {
    expect(first({ environment: apiEnvironment() })[0]).toBe(
      '/environment: the environment is wrapped in an "environment" property (the Postman API response shape); validate the inner object'
    )
  })

  it('a globals file in the export shape, in every mode', () => {
    for (const mode of MODES) {
      expect(
        first({ id: 'g', name: 'My Workspace Globals', values: [], _postman_variable_scope: 'globals' }, mode)
      ).toEqual([
        '/_postman_variable_scope: the document is a Postman globals file, not an environment (_postman_variable_scope must be "environment")'
      ])
    }
  })

  it('a wrong name or values', () => {
    expect(first({ name: 5, values: {} }, 'off')).toEqual(['/name: must be string', '/values: must be array'])
    expect(first({ name: 'E' })).toEqual(["(root): must have required property 'values'"])
  })
})

describe('bad values entries: pointer and reason', () => {
  const errors = (values: unknown[], mode: ValidationMode = 'lenient', extra: Doc = {}) => {
    const result = validateEnvironment(env(values, extra), mode)
    expect(result.valid).toBe(false)
    return result.errors.map(formatIssue)
  }

  it('an entry that is not an object', () => {
    expect(errors([{ key: 'a' }, 'b=c'])).toEqual(['/values/1: must be object'])
    expect(errors([null])).toEqual(['/values/0: must be object'])
  })

  it('a missing or non-string key', () => {
    expect(errors([{ value: 'v' }])).toEqual(["/values/0: must have required property 'key'"])
    expect(errors([{ key: 7, value: 'v' }])).toEqual(['/values/0/key: must be string'])
  })

  it('a value that is an object or an array', () => {
    expect(errors([{ key: 'k', value: { a: 1 } }])).toEqual([
      '/values/0/value: must be string, number, boolean or null'
    ])
    expect(errors([{ key: 'k', value: ['a'] }])).toEqual(['/values/0/value: must be string, number, boolean or null'])
  })

  it('enabled, disabled and secret that are not booleans', () => {
    expect(errors([{ key: 'k', enabled: 'true' }])).toEqual(['/values/0/enabled: must be boolean'])
    expect(errors([{ key: 'k', disabled: 1 }])).toEqual(['/values/0/disabled: must be boolean'])
    expect(errors([{ key: 'k', secret: 'yes' }])).toEqual(['/values/0/secret: must be boolean'])
  })

  it('a type that is not a string', () => {
    expect(errors([{ key: 'k', type: 1 }], 'strict')).toEqual(['/values/0/type: must be string'])
  })

  it('top-level properties of the wrong type', () => {
    expect(errors([], 'strict', { id: 5 })).toEqual(['/id: must be string'])
    expect(errors([], 'strict', { isPublic: 'no' })).toEqual(['/isPublic: must be boolean'])
  })

  it('reports several problems, at most a few, most specific first', () => {
    const values = Array.from({ length: 30 }, (_, i) => ({ key: i }))
    const result = validateEnvironment(env(values, { id: 1 }), 'strict')
    // ajv stops at the first error; the walk then finds all of them.
    expect(result.errors).toHaveLength(MAX_REPORTED_ERRORS)
    expect(result.errors[0]).toEqual({ pointer: '/values/0/key', message: 'must be string' })
  })

  it('escapes property names in pointers', () => {
    const result = validateEnvironment(env([], { 'a/b': 1, _postman_exported_at: 5 }), 'strict')
    expect(result.errors).toEqual([{ pointer: '/_postman_exported_at', message: 'must be string' }])
  })

  it('rejects an unknown mode', () => {
    expect(() => validateEnvironment(env([]), 'loose' as ValidationMode)).toThrow(/Unknown validation mode "loose"/)
  })
})

describe('TypeScript types', () => {
  it('follow the schema', () => {
    const doc: Environment = exportedEnvironment()
    const firstType: 'default' | 'secret' | 'any' | 'text' | undefined = doc.values[0].type
    const other: unknown = doc._postman_exported_using
    expect([firstType, other]).toEqual(['default', 'Postman/10.1.2'])
  })
})

describe('environments nested deeper than the walks allow', () => {
  it('refuses one in every mode, with a reason rather than a stack overflow', () => {
    const env: Record<string, unknown> = { name: 'Deep', values: [] }
    let at = env
    for (let i = 0; i < 10_000; i++) {
      const next: Record<string, unknown> = {}
      at.values = [{ key: 'k', value: 'v', extra: next }]
      at = next
    }
    for (const mode of ['strict', 'lenient', 'off'] as const) {
      const result = validateEnvironment(env, mode)
      expect(result.valid).toBe(false)
      expect(result.errors[0].message).toMatch(/^is nested deeper than 500 levels \(at \/values\/0\/extra\//)
    }
  })
})
