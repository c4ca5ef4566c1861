// `npm run servers`: the local Postman API and GitHub API servers, for manual runs.
// Prints their URLs, a key and a token, and commands that run the action against them as the
// runner would (INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files). The environments
// hold secret values, so redaction can be tried by hand. GitHub's and Postman's real limits are on
// (test-servers/github/limits.ts, test-servers/postman/rate-limit.ts).
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sampleCollection } from '../test-servers/samples.js'
import { startServers } from '../test-servers/servers.js'

const KEY = 'PMAK-local-0000000000000000000000000000'
const TOKEN = 'ghp_localWriteToken000000000000000000000'
const REPO = 'octo/backups'

const servers = await startServers({
  apiKey: KEY,
  token: TOKEN,
  repos: { [REPO]: { files: { 'README.md': '# Postman backups\n' } } }
})
const { postman, github } = servers
for (const name of ['Orders API', 'Payments', 'Users']) postman.addCollection(sampleCollection(name))
postman.addEnvironment({
  name: 'Staging',
  values: [
    { key: 'baseUrl', value: 'https://staging.example.com', type: 'default', enabled: true },
    { key: 'apiToken', value: 's3cr3t-token', type: 'secret', enabled: true }
  ]
})
postman.addEnvironment({
  name: 'Production',
  values: [
    { key: 'baseUrl', value: 'https://api.example.com', type: 'default', enabled: true },
    { key: 'clientSecret', value: 'pr0d-client-secret', type: 'secret', enabled: true }
  ]
})

const files = mkdtempSync(join(tmpdir(), 'postman-backup-run-'))
const output = join(files, 'outputs.txt')
const summary = join(files, 'summary.md')
// The runner creates both files before a step runs; the action appends to them.
writeFileSync(output, '')
writeFileSync(summary, '')
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`
/** The runner's environment for one step: only the inputs given (empty ones mean their defaults). */
const command = (inputs: Record<string, string>) =>
  [
    `  env \\`,
    ...Object.entries({
      'INPUT_POSTMAN-API-KEY': KEY,
      'INPUT_GITHUB-TOKEN': TOKEN,
      INPUT_REPOSITORY: REPO,
      'INPUT_GITHUB-API-URL': github.url,
      'INPUT_POSTMAN-API-URL': postman.url,
      ...inputs,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary
    }).map(([name, value]) => `    ${quote(`${name}=${value}`)} \\`),
    `    node dist/index.js`
  ].join('\n')

console.log(`Postman API:  ${postman.url}   (X-Api-Key: ${KEY})
GitHub API:   ${github.url}   (token: ${TOKEN})
Repository:   ${REPO}    (bare git repository: ${github.gitDir(REPO)})
Collections:  Orders API, Payments, Users
Environments: Staging (secret apiToken), Production (secret clientSecret)
Outputs:      ${output}
Job summary:  ${summary}

Back up one collection (the README's quick start, with the six inputs a workflow step gives):
${command({ INPUT_COLLECTION: 'Orders API' })}

Back up everything in one commit (the secret values are blanked in the files):
${command({ INPUT_COLLECTION: '*', INPUT_ENVIRONMENT: '*' })}

Then look at what it did:
  git -C ${github.gitDir(REPO)} log --stat
  git -C ${github.gitDir(REPO)} show 'main:Postman collections/Staging.postman_environment.json'
  cat ${output} ${summary}

Press Ctrl+C to stop.`)

const stop = async () => {
  await servers.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
