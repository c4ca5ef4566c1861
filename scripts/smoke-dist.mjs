// A bundle can build and still fail to load (e.g. an ESM-only dependency bundled as CJS).
// Run dist/index.js with no inputs: it must load and fail cleanly on the first missing input.
import { spawnSync } from 'node:child_process'

const env = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !k.startsWith('INPUT_') && !k.startsWith('GITHUB_'))
)
const run = spawnSync(process.execPath, ['dist/index.js'], { env, encoding: 'utf8', timeout: 30000 })
const output = `${run.stdout}${run.stderr}`
const expected = '::error::Input "postman-api-key": is empty'
if (run.status !== 1 || !output.includes(expected)) {
  console.error(`smoke run of dist/index.js failed (exit ${run.status}); expected "${expected}" in:\n${output}`)
  process.exit(1)
}
console.log('dist/index.js loads and reports a missing input: ok')
