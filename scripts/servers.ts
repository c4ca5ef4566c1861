// `npm run servers`: the local Postman API and GitHub API servers, for manual runs.
// Prints their URLs, a key and a token, and a command that runs the action against them.
// GitHub's and Postman's real limits are on (test-servers/github/limits.ts, test-servers/postman/rate-limit.ts).
import { sampleCollection } from '../test-servers/samples.js'
import { startServers } from '../test-servers/servers.js'

const KEY = 'PMAK-local-0000000000000000000000000000'
const TOKEN = 'ghp_localWriteToken000000000000000000000'

const servers = await startServers({
  apiKey: KEY,
  token: TOKEN,
  repos: { 'octo/backups': { files: { 'README.md': '# Postman backups\n' } } }
})
const { postman, github } = servers
for (const name of ['Orders API', 'Payments', 'Users']) postman.addCollection(sampleCollection(name))

// The same INPUT_* variables the runner would set, action.yml defaults included.
const env = servers.actionEnv('octo/backups', { collection: 'Orders API' })
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
  await servers.close()
  process.exit(0)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
