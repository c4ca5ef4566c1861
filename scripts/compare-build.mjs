// check-dist and check-lib: a fresh build, made in a temporary folder, compared byte for byte
// with the committed folder it must match.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const filesUnder = (dir) =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? filesUnder(join(dir, name)) : [join(dir, name)]
  )

/**
 * Compares the build in `builtDir` with the committed `committedDir` (e.g. 'dist'); prints what
 * matches, or what differs followed by `remedy`, and then sets a failing exit code.
 */
export function compareBuild(builtDir, committedDir, remedy) {
  const built = new Set(filesUnder(builtDir).map((f) => relative(builtDir, f)))
  const committed = new Set(
    existsSync(committedDir) ? filesUnder(committedDir).map((f) => relative(committedDir, f)) : []
  )
  const problems = []
  for (const file of built) {
    if (!committed.has(file)) problems.push(`missing from ${committedDir}/: ${file}`)
    else if (!readFileSync(join(builtDir, file)).equals(readFileSync(join(committedDir, file))))
      problems.push(`differs: ${committedDir}/${file}`)
  }
  for (const file of committed) if (!built.has(file)) problems.push(`not built from source: ${committedDir}/${file}`)
  if (problems.length) {
    console.error(`${remedy}\n${problems.join('\n')}`)
    process.exitCode = 1
  } else console.log(`${committedDir}/ matches the source (${built.size} files).`)
}
