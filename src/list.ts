// What the key can see, so users can find the IDs to back up or restore to.
import { createPostmanClient, type BackupServices } from './backup/prepare.js'
import type { DocumentKind } from './manifest.js'
import { resolveListOptions, type GivenValues, type ListKey } from './options/index.js'
import { assertWorkspaceExists } from './postman/lookup.js'

/** The table's list options (the key, the Postman URL, `workspace`: only its documents), plus the services. */
export type ListDocumentsOptions = GivenValues<ListKey> &
  Pick<BackupServices, 'logger' | 'postmanRetry' | 'postmanTimeoutMs'>

export interface ListedDocument {
  kind: DocumentKind
  id: string
  uid: string
  name: string
  updatedAt?: string
}

/** Every collection and environment visible to the key (in `workspace` when given): collections first, each sorted by name. */
export async function listDocuments(given: ListDocumentsOptions): Promise<ListedDocument[]> {
  const options = resolveListOptions(given)
  const workspace = options.workspace
  const client = createPostmanClient(options, options.logger)
  const [collections, environments] = await Promise.all([
    client.listCollections(workspace),
    client.listEnvironments(workspace)
  ])
  // Postman lists an unknown workspace as empty: tell that apart from an empty workspace.
  if (workspace && collections.length === 0 && environments.length === 0) await assertWorkspaceExists(client, workspace)
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
  const row =
    (kind: DocumentKind) =>
    (d: { id: string; uid: string; name: string; updatedAt?: string }): ListedDocument => ({
      kind,
      id: d.id,
      uid: d.uid,
      name: d.name,
      ...(d.updatedAt ? { updatedAt: d.updatedAt } : {})
    })
  return [
    ...[...collections].sort(byName).map(row('collection')),
    ...[...environments].sort(byName).map(row('environment'))
  ]
}
