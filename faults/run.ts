// `npm run test:faults`: drives the built action (dist/index.js) and, where error objects are the
// point, the library, against the local Postman and GitHub servers under faults and abuse.
// Prints a table (case | expected | observed | pass) and, last, "N passed, N failed[, N skipped]".
// Arguments filter cases by substring: `npm run test:faults -- transient/github conflict/`.
// FAULTS_CONCURRENCY sets how many cases run at once (default 4).
import { conflictCases } from './cases/conflicts.js'
import { documentCases } from './cases/documents.js'
import { inputCases } from './cases/inputs.js'
import { leakCases } from './cases/leaks.js'
import { limitCases } from './cases/limits.js'
import { multiCases } from './cases/multi.js'
import { permissionCases } from './cases/permissions.js'
import { secretCases } from './cases/secrets.js'
import { transientCases } from './cases/transient.js'
import { runPool, table, waitForDist, type Case, type Row } from './harness.js'

/** Whole-suite bound on top of each case's own: a hang ends the run, reported, within 3 minutes. */
const SUITE_BOUND_MS = 170_000
const started = Date.now()
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const concurrency = Math.max(1, Math.floor(Number(process.env.FAULTS_CONCURRENCY)) || 4)

const all: Case[] = [
  ...transientCases(),
  ...conflictCases(),
  ...inputCases(),
  ...leakCases(),
  ...documentCases(),
  ...permissionCases(),
  ...secretCases(),
  ...multiCases(),
  ...limitCases()
]
const cases = filters.length === 0 ? all : all.filter((c) => filters.some((f) => c.name.includes(f)))
const done: Array<Row | undefined> = new Array(cases.length).fill(undefined)

type TableRow = Pick<Row, 'name' | 'expected' | 'observed' | 'pass'>

/** The leak scan over everything: every run's stdout (less ::add-mask:: lines), stderr, job summary, outputs, thrown errors and library logs. */
function leakRow(rows: Row[]): TableRow {
  const leaks = rows.flatMap((r) => r.leaks.map((l) => `${r.name}: ${l}`))
  const runs = rows.reduce((n, r) => n + r.runs, 0)
  const thrown = rows.reduce((n, r) => n + r.thrown, 0)
  return {
    name: 'leaks/planted key and tokens, all cases',
    expected:
      'zero hits (raw, URL-encoded, base64 at any alignment) in stdout, stderr, summary, outputs, thrown errors, library logs',
    observed: `${runs} action runs and ${thrown} thrown errors scanned; ${leaks.length} hits${leaks.length ? `: ${[...new Set(leaks)].slice(0, 6).join('; ')}` : ''}`,
    pass: leaks.length === 0
  }
}

function report(rows: TableRow[]): number {
  console.log(table(rows))
  const passed = rows.filter((r) => r.pass === true).length
  const failed = rows.filter((r) => r.pass === false).length
  const skipped = rows.filter((r) => r.pass === 'skipped').length
  console.log(
    `\nfault suite: ${((Date.now() - started) / 1000).toFixed(1)} s, ${cases.length} cases, ${concurrency} at a time`
  )
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
  return failed > 0 ? 1 : 0
}

const watchdog = setTimeout(() => {
  console.error(`fault suite: still running after ${SUITE_BOUND_MS / 1000} s; reporting what finished.`)
  const finished = done.filter((r): r is Row => r !== undefined)
  const rows: TableRow[] = cases.map(
    (c, i) =>
      done[i] ?? {
        name: c.name,
        expected: c.expected,
        observed: `did not finish within the suite bound of ${SUITE_BOUND_MS / 1000} s`,
        pass: false
      }
  )
  report([...rows, leakRow(finished)])
  process.exit(1)
}, SUITE_BOUND_MS)

try {
  await waitForDist()
} catch (error) {
  console.log(`fault suite: ${(error as Error).message}`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}
console.error(`fault suite: ${cases.length} cases, ${concurrency} at a time, against dist/index.js`)
const rows = await runPool(cases, concurrency, (row: Row, i: number) => {
  done[i] = row
  const verdict = row.pass === 'skipped' ? 'skip' : row.pass ? 'pass' : 'FAIL'
  console.error(
    `  [${String(i + 1).padStart(3)}/${cases.length}] ${verdict.padEnd(4)} ${row.name} (${(row.ms / 1000).toFixed(1)} s)`
  )
})
clearTimeout(watchdog)
process.exit(report([...rows, leakRow(rows)]))
