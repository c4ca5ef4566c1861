// `npm run build:lib`: lib/ (the library, the CLI and their .d.ts) from src/ with tsc. lib/ is
// committed like dist/, so `npm install -g github:OWNER/REPO` and `npx github:OWNER/REPO` need no
// build step (npm 10 and 11 cannot build a global git install, npm/cli#8440); check-lib keeps it
// current. `--out-dir DIR` builds into DIR instead (check-lib compares that with lib/).
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const given = process.argv.indexOf('--out-dir')
const outDir = given >= 0 ? resolve(process.argv[given + 1]) : join(root, 'lib')
const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc')

rmSync(outDir, { recursive: true, force: true })
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir], {
  cwd: root,
  stdio: 'inherit'
})
