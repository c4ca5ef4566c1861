// `npm run build:lib` and `prepare`: lib/ (the library, the CLI and their .d.ts) from src/ with tsc.
// npm runs `prepare` on `npm ci`/`npm install` in a clone, on `npm pack`/`npm publish`, and when it
// installs this package from git (`npm install -g github:OWNER/REPO`, `npx github:OWNER/REPO`).
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(root, 'package.json'))
const findTsc = () => {
  try {
    return require.resolve('typescript/bin/tsc')
  } catch {
    return undefined
  }
}

const tsc = findTsc()
if (!tsc) {
  // npm/cli#8440: `npm install -g` from git prepares the clone with npm_config_global=true, which
  // puts the devDependencies in the global prefix instead of the clone, so tsc is missing here.
  const hint =
    process.env.npm_config_global === 'true'
      ? 'npm cannot build a package installed globally from git (npm/cli#8440). Instead run:\n' +
        '  npm install -g "$(npm pack github:OWNER/postman-backup | tail -1)"'
      : 'Run `npm ci` (without --omit=dev) first.'
  console.error(`postman-backup: cannot build lib/: typescript (a devDependency) is not installed. ${hint}`)
  process.exit(1)
}
rmSync(join(root, 'lib'), { recursive: true, force: true })
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' })
