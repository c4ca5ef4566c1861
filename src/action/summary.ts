import * as core from '@actions/core'
import type { BackupResult } from '../backup.js'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** The job summary: one table row per backed-up collection. */
export async function writeSummary(result: BackupResult): Promise<void> {
  const changed = result.dryRun ? (result.changed ? 'would change (dry run)' : 'no (dry run)') : result.changed ? 'yes' : 'no'
  const commit = result.commitSha && result.commitUrl ? `<a href="${escapeHtml(result.commitUrl)}">${result.commitSha.slice(0, 7)}</a>` : '—'
  await core.summary
    .addHeading('Postman backup', 2)
    .addTable([
      [
        { data: 'Collection', header: true },
        { data: 'File', header: true },
        { data: 'Changed', header: true },
        { data: 'Commit', header: true }
      ],
      [
        escapeHtml(`${result.collection.name} (${result.collection.id})`),
        `<a href="${escapeHtml(result.fileUrl)}">${escapeHtml(result.filePath)}</a>`,
        changed,
        commit
      ]
    ])
    .addRaw(
      `<p>${escapeHtml(result.repository)} on <code>${escapeHtml(result.branch)}</code>, ${result.bytes} bytes` +
        (result.warnings.length ? `, ${result.warnings.length} validation warning(s)` : '') +
        '.</p>',
      true
    )
    .write()
}
