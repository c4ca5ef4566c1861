// `npm run demo`: the action's main job with no accounts. Starts the local Postman and GitHub
// servers, runs the built dist/index.js as the runner would, prints what happened, then runs
// again to show that an unchanged collection makes no commit.
import { runnerLog, type ActionRun } from '../test-servers/actions-runner.js'
import { sampleCollection } from '../test-servers/samples.js'
import { startServers } from '../test-servers/servers.js'

const KEY = 'PMAK-demo-0000000000000000000000000000'
const TOKEN = 'ghs_demoWorkflowToken00000000000000000'
const REPO = 'demo-org/api-backups'

const servers = await startServers({
  apiKey: KEY,
  token: TOKEN,
  repos: { [REPO]: { files: { 'README.md': '# API backups\n' } } }
})
const { postman, github } = servers
for (const name of ['Orders API', 'Payments', 'Users']) postman.addCollection(sampleCollection(name, 3))

const bold = process.stdout.isTTY ? (t: string) => `\x1b[1m${t}\x1b[0m` : (t: string) => t
const heading = (text: string) => console.log(`\n${bold(`== ${text}`)}`)
const indent = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `   ${l}`)
    .join('\n')

function show(result: ActionRun) {
  heading('Step log')
  // The runner consumes ::add-mask:: commands; they never appear in the log.
  console.log(indent(runnerLog(result.stdout) || '(empty)'))
  heading(`Exit code ${result.exitCode}; outputs`)
  console.log(
    indent(
      Object.entries(result.outputs)
        .map(([k, v]) => `${k} = ${v}`)
        .join('\n')
    )
  )
  heading('Job summary (GITHUB_STEP_SUMMARY)')
  console.log(indent(result.summary))
}

try {
  const inputs = { collection: 'Orders API' }
  console.log(
    `Postman API ${postman.url} (collections: Orders API, Payments, Users)\nGitHub API  ${github.url} (repository ${REPO}, a real bare git repository)`
  )
  console.log(
    `\nworkflow step:\n   uses: ./\n   with:\n     postman-api-key: \${{ secrets.POSTMAN_API_KEY }}\n     collection: Orders API`
  )

  heading('Run 1: first backup')
  show(await servers.runAction(REPO, inputs))
  heading('Commit on main (git log)')
  console.log(indent(await github.git(REPO, 'log', '--stat', '--format=%h %s%n   author: %an <%ae>', '-1', 'main')))
  heading('File tree of main')
  console.log(indent(await github.git(REPO, 'ls-tree', '-r', '--name-only', 'main')))
  heading('Backed-up file (first lines)')
  console.log(
    indent(
      (await github.git(REPO, 'show', 'main:Postman collections/Orders API.postman_collection.json'))
        .split('\n')
        .slice(0, 12)
        .join('\n') + '\n…'
    )
  )

  heading('Run 2: nothing changed in Postman')
  const second = await servers.runAction(REPO, inputs)
  show(second)
  const commits = (await github.git(REPO, 'rev-list', '--count', 'main')).trim()
  console.log(`\nmain has ${commits} commits: the second run made none (changed=${second.outputs.changed}).`)
} finally {
  await servers.close()
}
