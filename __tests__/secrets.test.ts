import { describe, expect, it } from '@jest/globals'
import { redactText, secretForms } from '../src/secrets.js'

const SECRET = 'PMAK-0123456789abcdef-xyz'

describe('redactText', () => {
  it('blanks the raw, URL-encoded and base64 forms', () => {
    const secret = 'ghp_a/b+c=d token'
    const text = `raw ${secret} url ${encodeURIComponent(secret)} b64 ${Buffer.from(secret).toString('base64')}`
    const out = redactText(text, [secret])
    expect(out).toBe('raw *** url *** b64 ***')
  })

  it.each([0, 1, 2, 3, 4, 5])('finds the secret inside longer base64 text at byte offset %i', (offset) => {
    const encoded = Buffer.from(`${'x'.repeat(offset)}Authorization: ${SECRET}; more`).toString('base64')
    const out = redactText(encoded, [SECRET])
    expect(out).toContain('***')
    // What is left cannot be decoded back to the secret.
    expect(Buffer.from(out.replace(/\*\*\*/g, ''), 'base64').toString('utf8')).not.toContain(SECRET)
  })

  it('handles URL-safe base64', () => {
    const secret = 'ÿÿÿ-key-with-high-bytes-ÿÿ'
    const urlSafe = Buffer.from(secret).toString('base64url')
    expect(redactText(`x ${urlSafe} y`, [secret])).not.toContain(urlSafe.slice(4, 16))
  })

  it('ignores empty and very short secrets', () => {
    expect(redactText('abc', ['', undefined, 'ab'])).toBe('abc')
    expect(secretForms('abc')).toEqual([])
  })
})
