// The committed bundles (ncc): dist/index.js, the action the Actions runner runs, and
// dist/cli/index.js, the CLI, so that `npm install -g github:OWNER/REPO` gets a working command
// even where npm cannot build lib/ (npm/cli#8440; see scripts/build-lib.mjs).
// `node scripts/build-dist.mjs [folder]` builds into `folder` (default dist/); check-dist uses it too.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export function buildDist(out) {
  const ncc = (entry, dir, extra = []) =>
    execFileSync('npx', ['ncc', 'build', entry, '-o', dir, ...extra, '--target', 'es2022'], {
      stdio: ['ignore', 'ignore', 'inherit']
    })
  ncc('src/action/main.ts', out, ['--license', 'licenses.txt'])
  ncc('src/bin/postman-backup.ts', join(out, 'cli'))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? 'dist'
  rmSync(out, { recursive: true, force: true })
  buildDist(out)
}
