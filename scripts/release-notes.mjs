// Prints CHANGELOG.md's section for a version (`node scripts/release-notes.mjs 1.2.0`), the notes of
// its GitHub release; exits 1 when the section is missing or empty, so a tag cannot ship without one.
import { readFileSync } from 'node:fs'

const version = (process.argv[2] ?? '').replace(/^v/, '')
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  console.error('usage: node scripts/release-notes.mjs X.Y.Z')
  process.exit(2)
}
const lines = readFileSync(new URL('../CHANGELOG.md', import.meta.url), 'utf8').split(/\r?\n/)
const start = lines.findIndex((line) => line.startsWith(`## [${version}]`))
const end = lines.findIndex((line, index) => index > start && line.startsWith('## ['))
const notes =
  start < 0
    ? ''
    : lines
        .slice(start + 1, end < 0 ? undefined : end)
        .join('\n')
        .trim()
if (!notes) {
  console.error(`CHANGELOG.md has no notes under "## [${version}]": move the [Unreleased] entries there first.`)
  process.exit(1)
}
console.log(notes)
