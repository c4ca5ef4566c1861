// The secret scan in the backup pipeline: literal secrets removed from every kind by default
// (reported by rule and pointer, recorded in the manifest for restore), a document refused alone
// with `fail`, kept with `warn`, allowed by rule, and the run's own key and token removed even
// with the scan off and redaction none. Secrets are made at run time (planted.ts).
import { beforeEach, describe, expect, it } from '@jest/globals'
import { MANIFEST_NAME } from '../../src/manifest.js'
import type { GitHubServer } from '../../test-servers/github/server.js'
import type { PostmanServer } from '../../test-servers/postman/server.js'
import { sampleCollection } from '../../test-servers/samples.js'
import { useBackupFixture } from '../helpers/backup-fixture.js'
import { makeSecrets, random } from '../../test-servers/planted-secrets.js'

const KEY = 'PM' + 'AK-' + random(24, '0123456789abcdef') + '-' + random(34, '0123456789abcdef')
const TOKEN = 'gh' + 'p_' + random(36)
const DIR = 'Postman collections'

describe('the secret scan in a backup', () => {
  const fixture = useBackupFixture({
    apiKey: KEY,
    token: TOKEN,
    workspaceName: 'Scan',
    repoName: 'octo/scan',
    defaults: { collections: ['*'], environments: ['*'], specs: ['*'] }
  })
  const { run } = fixture
  let postman: PostmanServer, github: GitHubServer, workspace: string, repo: string
  beforeEach(() => {
    ;({ postman, github, workspace, repo } = fixture)
  })
  const secrets = makeSecrets()
  const show = (path: string) => github.git(repo, 'show', `main:${path}`)
  const everything = async () => {
    const files = (await github.git(repo, 'ls-tree', '-r', '--name-only', 'main')).trim().split('\n')
    return (await Promise.all(files.map(show))).join('\n')
  }

  /** A collection with a GitHub token in a header and a Postman key in a script line. */
  const leaky = () => {
    const collection = sampleCollection('Leaky') as Record<string, unknown> & { item: Array<Record<string, unknown>> }
    collection.item = [
      {
        name: 'Call',
        request: {
          method: 'GET',
          url: 'https://api.example.com/x',
          header: [{ key: 'X-Custom', value: secrets.githubClassic }]
        },
        event: [{ listen: 'prerequest', script: { exec: [`pm.environment.set('k', '${secrets.postmanApiKey}')`] } }]
      }
    ]
    return collection
  }

  it('removes literal secrets from every kind by default, reporting rules and pointers, never values', async () => {
    postman.addCollection(leaky(), { workspace })
    postman.addEnvironment(
      { name: 'Prod', values: [{ key: 'gh', value: secrets.githubFineGrained, type: 'default', enabled: true }] },
      { workspace }
    )
    postman.setGlobals(workspace, [{ key: 'slack', value: secrets.slack, type: 'default', enabled: true }])
    postman.addSpec(
      {
        name: 'Orders',
        type: 'OPENAPI:3.0',
        files: [{ path: 'index.yaml', content: `openapi: 3.0.0\nx-token: ${secrets.githubClassic}\n` }]
      },
      { workspace }
    )
    const result = await run()
    const stored = await everything()
    for (const value of [secrets.githubClassic, secrets.postmanApiKey, secrets.githubFineGrained, secrets.slack])
      expect(stored).not.toContain(value)
    const byKind = Object.fromEntries(result.files.map((f) => [f.kind, f]))
    expect(Object.values(byKind.collection.secrets ?? {}).reduce((a, b) => a + b, 0)).toBe(2)
    expect(byKind.collection.secretPointers).toEqual(
      expect.arrayContaining(['/item/0/request/header/0/value', '/item/0/event/0/script/exec/0'])
    )
    for (const kind of ['environment', 'globals', 'spec'])
      expect([kind, byKind[kind].secrets]).toEqual([kind, expect.any(Object)])
    expect(JSON.stringify(result)).not.toContain(secrets.githubClassic)
    // The manifest records where, so restore keeps Postman's values there.
    const manifest = JSON.parse(await show(`${DIR}/${MANIFEST_NAME}`))
    expect(manifest.files['Leaky.postman_collection.json'].redactedPointers).toEqual(
      expect.arrayContaining(['/item/0/request/header/0/value'])
    )
    expect(manifest.files['Prod.postman_environment.json'].redactedPointers).toEqual(['/values/0/value'])
    // The spec file is still YAML, with the token replaced in its line.
    expect(await show(`${DIR}/specs/Orders/index.yaml`)).toMatch(/^openapi: 3\.0\.0\nx-token: \S+\n$/)
  })

  it('with fail, refuses that document alone, naming pointer and rule only', async () => {
    postman.addCollection(leaky(), { workspace })
    postman.addCollection(sampleCollection('Clean'), { workspace })
    const result = await run({ secretScan: 'fail', specs: [] })
    expect(result.failed.map((f) => [f.name, f.reason])).toEqual([['Leaky', 'invalid']])
    const [failure] = result.failed
    expect(failure.message).toContain('/item/0/request/header/0/value')
    expect(failure.message).toContain('secret-scan')
    expect(failure.message).not.toContain(secrets.githubClassic)
    expect(failure.message).not.toContain(secrets.postmanApiKey)
    expect(await everything()).toContain('"name": "Clean"')
    expect(await everything()).not.toContain(secrets.githubClassic)
  })

  it('with warn, keeps them; an allowed rule is kept under redact', async () => {
    postman.addCollection(leaky(), { workspace })
    const warned = await run({ secretScan: 'warn', specs: [] })
    expect(warned.failed).toEqual([])
    expect(await everything()).toContain(secrets.githubClassic)

    const allowed = await run({ secretScanAllow: ['/item/0/event/*'], specs: [] })
    const [file] = allowed.files
    expect(file.secretPointers).toEqual(['/item/0/request/header/0/value'])
    expect(await everything()).not.toContain(secrets.githubClassic)
    expect(await everything()).toContain(secrets.postmanApiKey)
  })

  it("removes the run's own key and token even with secret-scan off and redact none", async () => {
    postman.addEnvironment(
      {
        name: 'Mine',
        values: [
          { key: 'key', value: KEY, type: 'default', enabled: true },
          { key: 'token', value: `Bearer ${TOKEN}`, type: 'default', enabled: true }
        ]
      },
      { workspace }
    )
    const result = await run({ secretScan: 'off', redact: 'none', collections: [], specs: [], githubToken: TOKEN })
    const stored = await everything()
    expect(stored).not.toContain(KEY)
    expect(stored).not.toContain(TOKEN)
    expect(result.files[0].secrets).toEqual({ 'postman/own-credential': 2 })
  })
})
