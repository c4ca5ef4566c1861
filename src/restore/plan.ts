// The plan: what restoring one backed-up document would do, decided from the document and what
// Postman holds now (read only: no request here writes), and the lines that tell a person.
import { assertValidDocument } from '../backup.js'
import { CollectionValidationError } from '../errors.js'
import type { Logger } from '../logger.js'
import type { DocumentKind } from '../manifest.js'
import type { PostmanClient } from '../postman/client.js'
import { idFromReference } from '../postman/ids.js'
import { assertWorkspaceExists } from '../postman/lookup.js'
import { redactCollection, redactEnvironment, type RedactedField } from '../redact.js'
import { detectCollectionVersion, type ValidationMode } from '../schema/index.js'
import { isObject, type Json } from '../util/json.js'
import type { RestoreResult } from './apply.js'
import { planRestore, type DiffCounts, type DiffEntry, type RestoreDiff } from '../diff/document-diff.js'
import { detectKind, type LoadedBackup } from './load.js'

export interface RestorePlan extends RestoreDiff {
  kind: DocumentKind
  /** `update`: PUT over `target.id`; `create`: POST into `target.workspace`. */
  action: 'update' | 'create'
  /** The backed-up document's name. */
  name: string
  /** Where the backup was read from, e.g. `octo/backups:Postman collections/Orders.postman_collection.json@main`. */
  source: string
  target: { id?: string; name?: string; workspace?: string }
  /** Whether item IDs are sent (same collection: items keep their history) or dropped (a copy: Postman requires it). */
  keepIds: boolean
  /** Secret values that are blank in the backup (redacted) and so will be blank in Postman: pointers and kinds only. */
  redacted: RedactedField[]
  /** Validation warnings and other things worth knowing before writing. */
  warnings: string[]
}

/** Where one document goes: over the document with this ID (PUT), or new into this workspace (POST). */
export type RestoreTarget = { to: string } | { workspace: string }

/** A plan with what applying it needs: the backed-up document (unwrapped) and Postman's current one. */
export interface PreparedRestore {
  plan: RestorePlan
  document: Json
  /** What Postman holds at the target now; undefined when creating. */
  current?: Json
}

/**
 * Plans the restore of a loaded backup: what it holds (refusing anything but `expected` when
 * given), its validation, and the diff against the target's current document (read with GET).
 */
export async function prepareRestore(
  client: PostmanClient,
  loaded: LoadedBackup,
  request: { target: RestoreTarget; expected?: DocumentKind; validation: ValidationMode; logger: Logger }
): Promise<PreparedRestore> {
  const { expected, validation, logger } = request
  const detected = detectKind(loaded.document)
  if (!detected) {
    throw new CollectionValidationError(
      `${loaded.source} holds neither a Postman collection nor an environment; nothing was written.`,
      [{ pointer: '', message: 'must be a collection ({info, item}) or an environment ({name, values})' }]
    )
  }
  const { kind, document } = detected
  if (expected && kind !== expected) {
    throw new CollectionValidationError(
      `${loaded.source} holds a Postman ${kind}, not a ${expected}; nothing was written.`,
      [{ pointer: '', message: `must be a ${expected}` }]
    )
  }
  const warnings = assertValidDocument(kind, document, validation, loaded.source, logger).map(
    (w) => `${w.pointer}: ${w.message}`
  )
  if (kind === 'collection' && detectCollectionVersion(document) === '2.0.0') {
    warnings.push(
      "The backup is Collection Format v2.0.0; Postman's API documents v2.1.0 only. If Postman refuses it, import the file in the Postman app."
    )
  }
  const name = String((kind === 'collection' ? (document.info as Json | undefined)?.name : document.name) ?? '')

  let current: Json | undefined
  let target: RestorePlan['target']
  let keepIds = false
  if ('to' in request.target) {
    const { to } = request.target
    current = kind === 'collection' ? await client.getCollection(to) : await client.getEnvironment(to)
    const info = (kind === 'collection' ? current.info : current) as Json | undefined
    const id = String((kind === 'collection' ? info?._postman_id : info?.id) ?? idFromReference(to))
    target = { id, name: String(info?.name ?? '') }
    const backupId = kind === 'collection' ? (document.info as Json | undefined)?._postman_id : undefined
    keepIds = kind === 'collection' && backupId === id
  } else {
    const { workspace } = request.target
    await assertWorkspaceExists(client, workspace)
    target = { workspace }
    const listed =
      kind === 'collection' ? await client.listCollections(workspace) : await client.listEnvironments(workspace)
    const namesakes = listed.filter((d) => d.name === name)
    if (namesakes.length > 0) {
      warnings.push(
        `Workspace ${workspace} already has a ${kind} named "${name}" (${namesakes.map((d) => d.id).join(', ')}); this creates another one. To replace it, restore to its ID instead.`
      )
    }
  }

  const redacted = blankSecrets(kind, document)
  const plan: RestorePlan = {
    kind,
    action: 'to' in request.target ? 'update' : 'create',
    name,
    source: loaded.source,
    target,
    keepIds,
    ...planRestore(kind, document, current),
    redacted,
    warnings
  }
  return { plan, document, current }
}

/**
 * Secret values blank in a document: the places redaction blanks (secret variables, auth
 * credential fields) that hold ''. Found with redactCollection/redactEnvironment themselves, so
 * the two always agree on what a secret is: mark every '' and see which marks get blanked.
 */
export function blankSecrets(kind: DocumentKind, document: unknown): RedactedField[] {
  const MARK = '\u0000blank\u0000'
  const marked = JSON.parse(JSON.stringify(document), (_key, value: unknown) =>
    value === '' ? MARK : value
  ) as unknown
  const { redacted } = kind === 'collection' ? redactCollection(marked) : redactEnvironment(marked)
  return redacted.filter((field) => valueAt(document, field.pointer) === '')
}

function valueAt(document: unknown, pointer: string): unknown {
  let node = document
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~')
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined
  }
  return node
}

// ---- telling a person ----

/** The sentence every front end shows about blank secrets. */
export function redactedNote(count: number): string {
  return `${count} redacted value${count === 1 ? '' : 's'} stay${count === 1 ? 's' : ''} blank; set ${count === 1 ? 'it' : 'them'} in Postman.`
}

const SHOWN_ENTRIES = 20

function entryLines(counts: DiffCounts<DiffEntry>): string[] {
  const show = (sign: string, list: DiffEntry[]) =>
    list
      .slice(0, SHOWN_ENTRIES)
      .map((e) => `  ${sign} ${e.path.join(' / ')}${e.from ? `  (was ${e.from.join(' / ')})` : ''}`)
      .concat(list.length > SHOWN_ENTRIES ? [`    … and ${list.length - SHOWN_ENTRIES} more`] : [])
  return [...show('+', counts.added), ...show('-', counts.removed), ...show('~', counts.changed)]
}

const countLine = (label: string, c: DiffCounts<unknown>) =>
  `${label.padEnd(11)}${c.added.length} added, ${c.removed.length} removed, ${c.changed.length} changed, ${c.unchanged} unchanged`

/** The plan and what was done, as lines for a terminal or a log; `howToApply` says how to write ("run again with --yes to apply"). */
export function describeRestore(result: RestoreResult, howToApply: string): string[] {
  const { plan } = result
  const lines = [`Restore ${plan.kind} "${plan.name}" from ${plan.source}`]
  lines.push(
    plan.action === 'update'
      ? `  over ${plan.kind} "${plan.target.name}" (${plan.target.id}) in Postman`
      : `  as a new ${plan.kind} in workspace ${plan.target.workspace}`
  )
  if (!plan.keepIds && plan.action === 'update' && plan.kind === 'collection')
    lines.push('  (the backup is of another collection: its items are recreated with new IDs)')
  if (plan.kind === 'collection') {
    lines.push(countLine('Requests:', plan.requests), ...entryLines(plan.requests))
    lines.push(countLine('Folders:', plan.folders), ...entryLines(plan.folders))
  }
  const v = plan.variables
  lines.push(countLine('Variables:', v))
  for (const [sign, list] of [
    ['+', v.added],
    ['-', v.removed],
    ['~', v.changed]
  ] as const)
    if (list.length) lines.push(`  ${sign} ${list.join(', ')}`)
  if (plan.properties.length) lines.push(`Also changes: ${plan.properties.join(', ')}`)
  if (plan.redacted.length) lines.push(redactedNote(plan.redacted.length))
  for (const warning of plan.warnings) lines.push(`warning: ${warning}`)
  if (result.written && result.document) {
    const { id, name } = result.document
    lines.push(
      plan.action === 'update'
        ? `Replaced ${plan.kind} "${name}" (${id}) in Postman.`
        : `Created ${plan.kind} "${name}" (${id}) in workspace ${plan.target.workspace}.`
    )
  } else if (result.skipped === 'unchanged' || !plan.changed) {
    lines.push(`Postman's ${plan.kind} already equals the backup; nothing to restore.`)
  } else {
    lines.push(`Nothing written: ${howToApply}.`)
  }
  return lines
}
