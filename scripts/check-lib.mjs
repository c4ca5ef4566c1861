// `npm run check-lib`: lib/ is committed (it is what `npm install -g github:OWNER/REPO` and
// `npx github:OWNER/REPO` run), so it must match the source. Like check-dist: rebuild into a
// temporary folder, leaving the working tree alone, and compare byte for byte with lib/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compareBuild } from './compare-build.mjs'

const out = join(mkdtempSync(join(tmpdir(), 'check-lib-')), 'lib')
try {
  execFileSync(process.execPath, ['scripts/build-lib.mjs', '--out-dir', out], {
    stdio: ['ignore', 'inherit', 'inherit']
  })
  compareBuild(out, 'lib', 'lib/ is stale: run `npm run build:lib` and commit it.')
} finally {
  rmSync(join(out, '..'), { recursive: true, force: true })
}
