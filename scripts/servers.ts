// `npm run servers`: the local Postman API and GitHub API servers, for manual runs.
// Prints their URLs, a key and a token, and a command that runs the action against them.
import { actionEnv } from '../test-servers/actions-runner.js'
import { startGitHubServer } from '../test-servers/github/server.js'
import { startPostmanServer } from '../test-servers/postman/server.js'
import { sampleCollection } from '../test-servers/samples.js'

const KEY = 'PMAK-local-0000000000000000000000000000'
const TOKEN = 'ghp_localWriteToken000000000000000000000'

const postman = await startPostmanServer({ apiKey: KEY })
const github = await startGitHubServer()
github.addToken(TOKEN, { repos: '*', permission: 'write' })
await github.createRepo('octo/backups', { files: { 'README.md': '# Postman backups\n' } })
for (const name of ['Orders API', 'Payments', 'Users']) postman.addCollection(sampleCollection(name))

// The same INPUT_* variables the runner would set, action.yml defaults included.
const env = actionEnv(
  { 'postman-api-key': KEY, 'postman-api-url': postman.url, collection: 'Orders API' },
  { repository: 'octo/backups', token: TOKEN, api_url: github.url }
)
const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`
console.log(`Postman API:  ${postman.url}   (X-Api-Key: ${KEY})
GitHub API:   ${github.url}   (token: ${TOKEN})
Repository:   octo/backups    (bare git repository: ${github.gitDir('octo/backups')})
Collections:  Orders API, Payments, Users

Run the action against them (as the runner would: every input, defaults from action.yml):
  env \\
${Object.entries(env)
  .map(([name, value]) => `    ${quote(`${name}=${value}`)} \\`)
  .join('\n')}
    node dist/index.js
  git -C ${github.gitDir('octo/backups')} log --stat

Press Ctrl+C to stop.`)

const stop = async () => {
  await Promise.all([postman.close(), github.close()])
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
