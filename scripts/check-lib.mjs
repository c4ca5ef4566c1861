// `npm run check-lib`: lib/ is committed (it is what `npm install -g github:OWNER/REPO` and
// `npx github:OWNER/REPO` run), so it must match the source. Like check-dist: rebuild into a
// temporary folder, leaving the working tree alone, and compare byte for byte with lib/.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const out = join(mkdtempSync(join(tmpdir(), 'check-lib-')), 'lib')
try {
  execFileSync(process.execPath, ['scripts/build-lib.mjs', '--out-dir', out], {
    stdio: ['ignore', 'inherit', 'inherit']
  })
  const list = (dir) =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? list(join(dir, name)) : [join(dir, name)]
    )
  const built = new Set(list(out).map((f) => relative(out, f)))
  const committed = new Set(existsSync('lib') ? list('lib').map((f) => relative('lib', f)) : [])
  const problems = []
  for (const file of built) {
    if (!committed.has(file)) problems.push(`missing from lib/: ${file}`)
    else if (!readFileSync(join(out, file)).equals(readFileSync(join('lib', file))))
      problems.push(`differs: lib/${file}`)
  }
  for (const file of committed) if (!built.has(file)) problems.push(`not built from source: lib/${file}`)
  if (problems.length) {
    console.error(`lib/ is stale: run \`npm run build:lib\` and commit it.\n${problems.join('\n')}`)
    process.exitCode = 1
  } else console.log(`lib/ matches the source (${built.size} files).`)
} finally {
  rmSync(join(out, '..'), { recursive: true, force: true })
}
