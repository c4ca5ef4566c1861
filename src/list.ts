// What the key can see, so users can find the IDs to back up or restore to.
import { DEFAULTS } from './backup.js'
import { silentLogger, type Logger } from './logger.js'
import type { DocumentKind } from './manifest.js'
import { PostmanClient, type RetryOptions } from './postman/client.js'
import { assertWorkspaceExists } from './postman/lookup.js'

export interface ListDocumentsOptions {
  postmanApiKey: string
  postmanApiUrl?: string
  /** Only this workspace's documents. */
  workspace?: string
  logger?: Logger
  postmanRetry?: RetryOptions
  postmanTimeoutMs?: number
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
  const client = new PostmanClient({
    apiKey: options.postmanApiKey,
    baseUrl: options.postmanApiUrl || DEFAULTS.postmanApiUrl,
    logger: options.logger ?? silentLogger,
    retry: options.postmanRetry,
    timeoutMs: options.postmanTimeoutMs
  })
  const [collections, environments] = await Promise.all([client.listCollections(workspace), client.listEnvironments(workspace)])
  // Postman lists an unknown workspace as empty: tell that apart from an empty workspace.
  if (workspace && collections.length === 0 && environments.length === 0) await assertWorkspaceExists(client, workspace)
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name)
  const row = (kind: DocumentKind) => (d: { id: string; uid: string; name: string; updatedAt?: string }): ListedDocument => ({
    kind,
    id: d.id,
    uid: d.uid,
    name: d.name,
    ...(d.updatedAt ? { updatedAt: d.updatedAt } : {})
  })
  return [...[...collections].sort(byName).map(row('collection')), ...[...environments].sort(byName).map(row('environment'))]
}
