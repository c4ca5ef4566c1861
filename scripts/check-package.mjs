// The library as a Node project sees it: `import { backupCollection } from 'postman-backup'`
// resolves through package.json `exports` to lib/ (built by `npm run build:lib`), with types.
import { existsSync } from 'node:fs'

const api = await import('postman-backup')
const expected = [
  'backupCollection',
  'PostmanClient',
  'validateCollection',
  'gitBlobSha',
  'resolveCollection',
  'ContentsWriter',
  'createOctokit',
  'InputError',
  'PostmanAuthError',
  'CollectionValidationError',
  'GitHubPermissionError'
]
const missing = expected.filter((name) => typeof api[name] !== 'function')
if (missing.length) {
  console.error(`postman-backup does not export: ${missing.join(', ')}`)
  process.exit(1)
}
if (!existsSync('lib/index.d.ts')) {
  console.error('lib/index.d.ts is missing: the package would ship without types.')
  process.exit(1)
}
if (api.gitBlobSha('') !== 'e69de29bb2d1d6434b8b29ae775ad8c2e48c5391') {
  console.error('gitBlobSha from the package gives a wrong result')
  process.exit(1)
}
console.log(`import from 'postman-backup' works: ${Object.keys(api).length} exports, types in lib/index.d.ts`)
