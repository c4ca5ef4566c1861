import * as core from '@actions/core'
import { renderChangesMarkdown } from '../changelog/index.js'
import { escapeHtmlText } from '../changelog/text.js'
import { redactedNote, type DiffCounts, type DiffEntry, type RestoreResult } from '../restore/index.js'
import { secretsNote, type WorkspaceBackupResult } from '../backup/index.js'
import { KINDS } from '../kinds/index.js'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const link = (url: string | undefined, text: string) =>
  url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text)

/** The job summary: one table row per backed-up document, then the commit and the counts. */
export async function writeSummary(result: WorkspaceBackupResult): Promise<void> {
  const commit = result.commitSha ? link(result.commitUrl, result.commitSha.slice(0, 7)) : '—'
  const changed = (yes: boolean) => (result.dryRun ? (yes ? 'would change' : 'no') : yes ? 'yes' : 'no')
  const header = ['Collection', 'File', 'Changed', 'Commit'].map((data) => ({ data, header: true }))
  // Results made before `counts` existed (a library caller's own) still count by file.
  const countOf = (kind: string) =>
    result.counts?.[kind as keyof typeof result.counts] ?? result.files.filter((f) => f.kind === kind).length
  const multiKind = result.files.some((f) => f.kind !== 'collection')
  const rows = result.files.map((f) => [
    // Names come from Postman: one line, HTML and Markdown characters as entities (never an image or link).
    `${multiKind ? `${f.kind}: ` : ''}${escapeHtmlText(f.name)} (${escapeHtmlText(f.id)})`,
    link(f.url, f.path),
    f.status !== 'ok'
      ? // Not backed up: the previous file stays; the next run retries it.
        `<strong>not backed up</strong> (${escapeHtml(f.status)}): ${escapeHtml(f.error ?? '')}`
      : changed(f.changed) +
        (f.redacted ? ` (${f.redacted} secret${f.redacted === 1 ? '' : 's'} blanked)` : '') +
        (f.secrets ? ` (${escapeHtml(secretsNote(f.secrets))})` : ''),
    f.changed && !result.dryRun ? commit : '—'
  ])
  const notes = [
    `${escapeHtml(result.repository)} on <code>${escapeHtml(result.branch)}</code>`,
    [
      ...KINDS.filter((k) => k.alwaysCounted || countOf(k.kind) > 0).map(
        (k) => `${countOf(k.kind)} ${k.label}${k.plural === k.label ? '' : '(s)'}`
      ),
      `${result.changedFiles} changed`
    ].join(', '),
    result.deleted.length
      ? `${result.deleted.length} file(s) removed: ${result.deleted.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ')}`
      : '',
    result.warnings.length ? `${result.warnings.length} validation warning(s)` : '',
    result.failed.length
      ? `<strong>${result.failed.length} not backed up</strong>${result.stopped ? ` (${escapeHtml(result.stopped.message)})` : ''}; the next run retries them`
      : '',
    result.dryRun ? 'dry run: nothing was written' : '',
    pullRequestNote(result)
  ].filter(Boolean)
  // The changelog: per document what changed, names escaped, each file linked (renderChangesMarkdown).
  const urls = new Map(result.files.map((f) => [f.path, f.url]))
  const changelog = renderChangesMarkdown(result.changes ?? [], {
    linkFor: (c) => (c.path === undefined ? undefined : urls.get(c.path))
  })
  const summary = core.summary
    .addHeading('Postman backup', 2)
    .addTable([header, ...rows])
    .addRaw(`<p>${notes.join('; ')}. Commit: ${commit}.</p>`, true)
  // Markdown after HTML is read as Markdown only after a blank line.
  if (changelog)
    summary.addHeading(result.dryRun ? 'Changes (would be made)' : 'Changes', 3).addRaw(`\n${changelog}\n`, true)
  await summary.write()
}

/** Pull-request mode: the pull request, linked. */
function pullRequestNote(result: WorkspaceBackupResult): string {
  const pr = result.pullRequest
  if (!pr) return ''
  const what = pr.number === undefined ? 'a pull request' : `pull request #${pr.number}`
  const verb = result.dryRun ? (pr.created ? 'would open' : 'would update') : pr.created ? 'opened' : 'updated'
  return `${verb} ${link(pr.url, what)} from <code>${escapeHtml(pr.head)}</code> into <code>${escapeHtml(pr.base)}</code>`
}

/** Entries shown per cell of the restore table; the counts say how many there are. */
const SHOWN_ENTRIES = 10

function entries(list: Array<DiffEntry | string>): string {
  const names = list
    .slice(0, SHOWN_ENTRIES)
    .map((e) => `<code>${escapeHtml(typeof e === 'string' ? e : e.path.join(' / '))}</code>`)
  return names.join(', ') + (list.length > SHOWN_ENTRIES ? `, … ${list.length - SHOWN_ENTRIES} more` : '')
}

/** The job summary of mode: restore: what the restore changes (or changed), as a table. */
export async function writeRestoreSummary(result: RestoreResult, howToApply: string): Promise<void> {
  const { plan } = result
  const header = ['Change', 'Added', 'Removed', 'Changed', 'Unchanged'].map((data) => ({ data, header: true }))
  const row = (label: string, c: DiffCounts<DiffEntry | string>) => [
    label,
    ...[c.added, c.removed, c.changed].map((l) => `${l.length}${l.length ? `: ${entries(l)}` : ''}`),
    String(c.unchanged)
  ]
  const rows = [
    ...(plan.kind === 'collection' ? [row('Requests', plan.requests), row('Folders', plan.folders)] : []),
    row('Variables', plan.variables)
  ]
  const target =
    plan.action === 'update'
      ? `${plan.kind} &quot;${escapeHtmlText(plan.target.name ?? '')}&quot; (${escapeHtmlText(plan.target.id ?? '')})`
      : `a new ${plan.kind} in workspace <code>${escapeHtml(plan.target.workspace ?? '')}</code>`
  const outcome = result.written
    ? `Written: ${escapeHtmlText(result.document?.name ?? '')} (${escapeHtmlText(result.document?.id ?? '')}).`
    : plan.changed
      ? `Nothing was written: ${escapeHtml(howToApply)}.`
      : 'Postman already holds this backup; nothing was written.'
  const notes = [
    `<code>${escapeHtml(plan.source)}</code> over ${target}`,
    plan.properties.length
      ? `also changes: ${plan.properties.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ')}`
      : '',
    plan.redacted.length ? escapeHtml(redactedNote(plan.redacted.length)) : '',
    plan.warnings.length ? `${plan.warnings.length} warning(s) in the log` : ''
  ].filter(Boolean)
  await core.summary
    .addHeading('Postman restore', 2)
    .addTable([header, ...rows])
    .addRaw(`<p>${notes.join('; ')}.</p><p><strong>${outcome}</strong></p>`, true)
    .write()
}
