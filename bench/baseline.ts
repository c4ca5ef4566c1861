// The naive baseline, like the backup scripts people write by hand: for each collection and
// environment, in turn, fetch it from Postman, read the file's sha, and PUT it with the
// contents API (one commit per file). Configured by environment variables from bench/run.ts.
const { POSTMAN_URL, POSTMAN_KEY, GITHUB_URL, GITHUB_TOKEN, REPO, WORKSPACE } = process.env as Record<string, string>

async function postman(path: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${POSTMAN_URL}${path}`, { headers: { 'X-Api-Key': POSTMAN_KEY } })
  if (!response.ok) throw new Error(`Postman ${path}: ${response.status}`)
  return (await response.json()) as Record<string, unknown>
}

async function github(
  method: string,
  path: string,
  body?: unknown
): Promise<{ status: number; data: Record<string, unknown> }> {
  const response = await fetch(`${GITHUB_URL}${path}`, {
    method,
    headers: {
      authorization: `token ${GITHUB_TOKEN}`,
      accept: 'application/vnd.github+json',
      'content-type': 'application/json'
    },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  return { status: response.status, data: (await response.json()) as Record<string, unknown> }
}

const kinds = [
  { list: 'collections', one: 'collection', suffix: 'postman_collection.json' },
  { list: 'environments', one: 'environment', suffix: 'postman_environment.json' }
]
for (const kind of kinds) {
  const listed = (await postman(`/${kind.list}?workspace=${WORKSPACE}`))[kind.list] as Array<{
    uid: string
    name: string
  }>
  for (const item of listed) {
    const doc = (await postman(`/${kind.list}/${item.uid}`))[kind.one]
    const path = `baseline/${encodeURIComponent(`${item.name}.${kind.suffix}`)}`
    const current = await github('GET', `/repos/${REPO}/contents/${path}`)
    const sha = current.status === 200 ? (current.data.sha as string) : undefined
    const put = await github('PUT', `/repos/${REPO}/contents/${path}`, {
      message: `Back up ${item.name}`,
      content: Buffer.from(`${JSON.stringify(doc, null, 2)}\n`).toString('base64'),
      ...(sha ? { sha } : {})
    })
    if (put.status >= 300) throw new Error(`PUT ${path}: ${put.status} ${JSON.stringify(put.data)}`)
  }
}
