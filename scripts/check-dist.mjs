// Like the check-dist workflow of actions/typescript-action: rebuild the bundle into a
// temporary folder and compare it byte for byte with the committed dist/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compareBuild } from './compare-build.mjs'

const out = mkdtempSync(join(tmpdir(), 'check-dist-'))
try {
  execFileSync(
    'npx',
    ['ncc', 'build', 'src/action/main.ts', '-o', out, '--license', 'licenses.txt', '--target', 'es2022'],
    { stdio: ['ignore', 'ignore', 'inherit'] }
  )
  compareBuild(out, 'dist', 'dist/ does not match the source. Run `npm run build:dist` and commit dist/.')
} finally {
  rmSync(out, { recursive: true, force: true })
}
