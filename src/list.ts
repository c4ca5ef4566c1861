// What the key can see, so users can find the IDs to back up or restore to.
import { createPostmanClient, type PostmanConnectionOptions } from './backup.js'
import type { Logger } from './logger.js'
import type { DocumentKind } from './manifest.js'
import { assertWorkspaceExists } from './postman/lookup.js'

export interface ListDocumentsOptions extends PostmanConnectionOptions {
  /** Only this workspace's documents. */
  workspace?: string
  logger?: Logger
}

export interface ListedDocument {
  kind: DocumentKind
  id: string
  uid: string
  name: string
  updatedAt?: string
}

/** Every collection and environment visible to the key (in `workspace` when given): collections first, each sorted by name. */
export async function listDocuments(options: ListDocumentsOptions): Promise<ListedDocument[]> {
  const workspace = options.workspace?.trim() || undefined
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
