// Like the check-dist workflow of actions/typescript-action: rebuild the bundle into a
// temporary folder and compare it byte for byte with the committed dist/.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const out = mkdtempSync(join(tmpdir(), 'check-dist-'))
try {
  execFileSync(
    'npx',
    ['ncc', 'build', 'src/action/main.ts', '-o', out, '--license', 'licenses.txt', '--target', 'es2022'],
    { stdio: ['ignore', 'ignore', 'inherit'] }
  )
  const list = (dir) =>
    readdirSync(dir).flatMap((name) =>
      statSync(join(dir, name)).isDirectory() ? list(join(dir, name)) : [join(dir, name)]
    )
  const built = new Set(list(out).map((f) => relative(out, f)))
  const committed = new Set(list('dist').map((f) => relative('dist', f)))
  const problems = []
  for (const file of built) {
    if (!committed.has(file)) problems.push(`missing from dist/: ${file}`)
    else if (!readFileSync(join(out, file)).equals(readFileSync(join('dist', file))))
      problems.push(`differs: dist/${file}`)
  }
  for (const file of committed) if (!built.has(file)) problems.push(`not built from source: dist/${file}`)
  if (problems.length) {
    console.error(
      `dist/ does not match the source. Run \`npm run build:dist\` and commit dist/.\n${problems.join('\n')}`
    )
    process.exit(1)
  }
  console.log(`dist/ matches the source (${built.size} files).`)
} finally {
  rmSync(out, { recursive: true, force: true })
}
