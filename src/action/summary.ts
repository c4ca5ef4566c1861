import * as core from '@actions/core'
import type { WorkspaceBackupResult } from '../workspace.js'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const link = (url: string | undefined, text: string) => (url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text))

/** The job summary: one table row per backed-up document, then the commit and the counts. */
export async function writeSummary(result: WorkspaceBackupResult): Promise<void> {
  const commit = result.commitSha ? link(result.commitUrl, result.commitSha.slice(0, 7)) : '—'
  const changed = (yes: boolean) => (result.dryRun ? (yes ? 'would change' : 'no') : yes ? 'yes' : 'no')
  const header = ['Collection', 'File', 'Changed', 'Commit'].map((data) => ({ data, header: true }))
  const multiKind = result.environments > 0
  const rows = result.files.map((f) => [
    escapeHtml(`${multiKind ? `${f.kind}: ` : ''}${f.name} (${f.id})`),
    link(f.url, f.path),
    changed(f.changed) + (f.redacted ? ` (${f.redacted} secret${f.redacted === 1 ? '' : 's'} blanked)` : ''),
    f.changed && !result.dryRun ? commit : '—'
  ])
  const notes = [
    `${escapeHtml(result.repository)} on <code>${escapeHtml(result.branch)}</code>`,
    `${result.collections} collection(s), ${result.environments} environment(s), ${result.changedFiles} changed`,
    result.deleted.length ? `${result.deleted.length} file(s) removed: ${result.deleted.map((p) => `<code>${escapeHtml(p)}</code>`).join(', ')}` : '',
    result.warnings.length ? `${result.warnings.length} validation warning(s)` : '',
    result.dryRun ? 'dry run: nothing was written' : ''
  ].filter(Boolean)
  await core.summary
    .addHeading('Postman backup', 2)
    .addTable([header, ...rows])
    .addRaw(`<p>${notes.join('; ')}. Commit: ${commit}.</p>`, true)
    .write()
}
