// `npm run check-types`: the package's types as a TypeScript project sees them. Installs the packed
// package (with @types/node) into a temporary project and compiles a small consumer file against it
// with `tsc --noEmit` under each supported moduleResolution: NodeNext, Bundler and node10 (the
// `"moduleResolution": "node"` of older projects). skipLibCheck is off, so an import in a shipped
// .d.ts that does not resolve fails the check. Exits 1 when any resolution fails.
//   --git / --tarball FILE  as in check-install
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { npm, packageTarball, removeTemporaryDirectories, repoRoot, temporaryDirectory } from './package-tarball.js'

const run = promisify(execFile)
const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>
}
const tsc = createRequire(join(repoRoot, 'package.json')).resolve('typescript/bin/tsc')

// Uses the package as the README shows; the @ts-expect-error line proves the types are real, not any.
const consumer = `import {
  backupCollection,
  createOctokit,
  gitBlobSha,
  PostmanBackupError,
  type BackupResult,
  type Collection
} from 'postman-backup'

export async function backUp(collection: Collection): Promise<string> {
  try {
    const result: BackupResult = await backupCollection({
      postmanApiKey: 'PMAK-example',
      collection: collection.info.name,
      repository: 'octo-org/api-backups',
      octokit: createOctokit({ token: 'ghp_example' })
    })
    const changed: boolean = result.changed
    return \`\${changed} \${result.commitUrl ?? ''} \${gitBlobSha('')}\`
  } catch (error) {
    if (error instanceof PostmanBackupError) return error.message
    throw error
  }
}

// @ts-expect-error a collection reference is a string
void backupCollection({ postmanApiKey: 'PMAK-example', collection: 42, repository: 'o/r' })
`

const resolutions = [
  { name: 'NodeNext', module: 'NodeNext', moduleResolution: 'NodeNext' },
  { name: 'Bundler', module: 'ESNext', moduleResolution: 'Bundler' },
  { name: 'node10', module: 'CommonJS', moduleResolution: 'node10' }
]

const tarball = await packageTarball(process.argv.slice(2))
const project = temporaryDirectory('types')
writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }))
writeFileSync(join(project, 'consumer.ts'), consumer)
await npm(
  [
    'install',
    '--prefer-offline',
    '--no-audit',
    '--no-fund',
    '--ignore-scripts',
    tarball,
    `@types/node@${manifest.devDependencies['@types/node']}`
  ],
  project
)

let failed = 0
for (const { name, module, moduleResolution } of resolutions) {
  const tsconfig = `tsconfig.${name}.json`
  const compilerOptions = { module, moduleResolution, target: 'ES2022', strict: true, skipLibCheck: false }
  writeFileSync(
    join(project, tsconfig),
    JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true, types: ['node'] }, files: ['consumer.ts'] })
  )
  try {
    await run(process.execPath, [tsc, '-p', tsconfig], { cwd: project })
    console.log(`moduleResolution ${name}: types resolve`)
  } catch (error) {
    failed++
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string }
    console.error(`moduleResolution ${name}: FAILED\n${stdout}${stderr}`)
  }
}
if (failed) {
  console.error(`check-types: ${failed} of ${resolutions.length} resolutions fail (project: ${project})`)
  process.exit(1)
}
removeTemporaryDirectories()
console.log(`check-types: the package's types compile under ${resolutions.map((r) => r.name).join(', ')}`)
