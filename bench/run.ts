// `npm run bench`: figures of the built action (dist/index.js, or BENCH_DIST) against the local servers.
// Two scenarios, each a section of bench/RESULTS.md:
//   small — a workspace of 100 collections and 20 environments, with a naive baseline, and big documents;
//   large — a large organisation (500 collections, 250 MB, a repository of 200,000 files) against the
//           servers with the real limits (bench/large.ts).
// `npm run bench` runs both; `npm run bench -- small` or `-- large` runs one and replaces only its section.
// A scenario that cannot finish leaves a section saying why, and the bench goes on.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { DIST } from './dist.js'
import { runLarge } from './large.js'
import { runSmall } from './small.js'

const SCENARIOS = { small: runSmall, large: runLarge } as const
type Scenario = keyof typeof SCENARIOS
const RESULTS = new URL('./RESULTS.md', import.meta.url)

const asked = process.argv.slice(2)
const unknown = asked.filter((a) => !(a in SCENARIOS))
if (unknown.length > 0) {
  console.error(`unknown scenario ${unknown.join(', ')}; choose from: ${Object.keys(SCENARIOS).join(', ')}`)
  process.exit(2)
}
const chosen = (asked.length > 0 ? asked : Object.keys(SCENARIOS)) as Scenario[]

const begin = (s: Scenario) => `<!-- bench:${s} -->`
const end = (s: Scenario) => `<!-- /bench:${s} -->`

/** The sections of the current RESULTS.md, to keep the ones not rerun. */
function previousSections(): Partial<Record<Scenario, string>> {
  const text = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : ''
  const found: Partial<Record<Scenario, string>> = {}
  for (const s of Object.keys(SCENARIOS) as Scenario[]) {
    const from = text.indexOf(begin(s))
    const to = text.indexOf(end(s))
    if (from !== -1 && to > from) found[s] = text.slice(from + begin(s).length, to).trim()
  }
  return found
}

const sections = previousSections()
let failed = false
for (const s of chosen) {
  try {
    sections[s] = await SCENARIOS[s](DIST)
  } catch (error) {
    failed = true
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error)
    sections[s] =
      `## ${s} scenario\n\n\`npm run bench -- ${s}\` on ${new Date().toISOString().slice(0, 10)} could not finish:\n\n` +
      `\`\`\`\n${message.slice(0, 4000)}\n\`\`\`\n`
  }
  console.log(`${sections[s]}\n`)
}

const order = Object.keys(SCENARIOS) as Scenario[]
const report = `# Benchmark results

\`npm run bench\` runs both scenarios below; \`npm run bench -- small\` or \`npm run bench -- large\` runs one and replaces only its section. \`BENCH_DIST=/path/to/index.js\` runs another build of the action than \`dist/index.js\`.

${order
  .filter((s) => sections[s] !== undefined)
  .map((s) => `${begin(s)}\n\n${sections[s]}\n\n${end(s)}`)
  .join('\n\n')}
`
writeFileSync(RESULTS, report)
// A scenario that failed half-way may leave a server or a child behind; the results are written.
process.exit(failed ? 1 : 0)
