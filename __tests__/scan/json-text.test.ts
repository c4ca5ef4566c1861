// The raw-JSON scanner: duplicate keys (issue 12, hardening 6) and property ranges in Postman
// body templates.
import { describe, expect, it } from '@jest/globals'
import { findDuplicateKeys } from '../../src/scan/index.js'
import { scanJsonText } from '../../src/scan/json-text.js'
import { redactCollection } from '../../src/redact.js'

const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'

describe('findDuplicateKeys', () => {
  it('finds the {"type":"secret", …, "type":"string"} answer that JSON.parse would silently turn into a string variable', () => {
    const text = `{"collection":{"info":{"name":"c","schema":"${V21}"},"item":[],
      "variable":[{"key":"token","value":"s3cr3t-value","type":"secret","type":"string"}]}}`
    // Why a check on the text is needed: the parsed document has lost the secret type, so
    // redaction (which trusts `type`) keeps the value.
    const parsed = JSON.parse(text) as { collection: { variable: Array<{ type: string }> } }
    expect(parsed.collection.variable[0].type).toBe('string')
    expect(redactCollection(parsed.collection, 'secrets').redacted).toEqual([])
    expect(findDuplicateKeys(text)).toEqual([{ pointer: '/collection/variable/0', key: 'type' }])
  })

  it('reports every repeated key with its object pointer, escaped, and decodes keys before comparing', () => {
    const text = '{"a/b":{"x":1,"x":2,"\\u0078":3},"list":[{"k":1},{"k":1,"k":2}],"k":{"k":{}}}'
    expect(findDuplicateKeys(text)).toEqual([
      { pointer: '/a~1b', key: 'x' },
      { pointer: '/a~1b', key: 'x' },
      { pointer: '/list/1', key: 'k' }
    ])
  })

  it('finds none in ordinary JSON, whatever its strings hold', () => {
    const text = JSON.stringify({ a: 'quote " and \\ and "type":"x"', b: [1, -2.5e3, true, null, { c: '' }], '': 0 })
    expect(findDuplicateKeys(text)).toEqual([])
    expect(findDuplicateKeys('\uFEFF  []  ')).toEqual([])
  })

  it('throws a SyntaxError on text that is not JSON', () => {
    for (const text of [
      '{"a":1,}',
      '{"a" 1}',
      '[1 2]',
      '{"a":"unterminated}',
      '{{x}}',
      '{"a":1} x',
      '',
      '{"a":"\u0001"}'
    ]) {
      expect(() => findDuplicateKeys(text)).toThrow(SyntaxError)
    }
  })

  it('handles deep nesting without a stack overflow escaping', () => {
    expect(findDuplicateKeys('['.repeat(1500) + ']'.repeat(1500))).toEqual([])
    expect(() => findDuplicateKeys('['.repeat(100000) + ']'.repeat(100000))).toThrow(SyntaxError)
  })
})

describe('scanJsonText, tolerant (Postman body templates)', () => {
  it('gives each string property its pointer and the range of its value', () => {
    const text =
      '{\n  // a comment\n  "id": {{id}},\n  "auth": { "password": "p\\"w" /* note */ },\n  "list": [{"token": ""}]\n}'
    const scan = scanJsonText(text, { tolerant: true })
    expect(scan?.properties.map(({ pointer, key, start, end }) => [pointer, key, text.slice(start, end)])).toEqual([
      ['/auth/password', 'password', 'p\\"w'],
      ['/list/0/token', 'token', '']
    ])
    expect(scanJsonText(text)).toBeUndefined()
  })
})
