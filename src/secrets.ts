// Credentials must never reach logs, messages or thrown errors. Besides the raw value we
// also blank its base64 and URL-encoded forms, which is how it would appear in a header or URL.

export function secretForms(secret: string): string[] {
  if (secret.length < 4) return []
  const forms = new Set([secret, encodeURIComponent(secret), Buffer.from(secret, 'utf8').toString('base64')])
  return [...forms]
}

export function redactText(text: string, secrets: ReadonlyArray<string | undefined>): string {
  let out = text
  for (const secret of secrets) {
    if (!secret) continue
    for (const form of secretForms(secret)) out = out.split(form).join('***')
  }
  return out
}
