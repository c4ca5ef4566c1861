// Environments: listed per workspace (or all visible), fetched whole, secret values redacted, one
// JSON file each; restored (name and values) by PUT over an ID or POST into a workspace.
import { idFromReference } from '../postman/ids.js'
import { renderFileName } from '../paths.js'
import { redactEnvironment } from '../redact.js'
import { validateEnvironment } from '../schema/index.js'
import type { Json } from '../util/json.js'
import { scanJson } from './secret-scan.js'
import { serializeJson, type KindModule } from './types.js'

const asEnvironment = (payload: Json) => payload as { name: string; values: unknown[] }

export const environmentKind: KindModule = {
  kind: 'environment',
  label: 'environment',
  title: 'Environment',
  plural: 'environments',
  referencesOption: 'environments',
  template: { option: 'environmentFilename', input: 'environment-filename' },
  alwaysCounted: true,
  ownsFolder: false,
  needsWorkspace: false,
  async list(client, workspace) {
    const listed = await client.listEnvironments(workspace)
    return listed.map((d) => ({ id: d.id, uid: d.uid, name: d.name, updatedAt: d.updatedAt }))
  },
  fetch: (client, idOrUid) => client.getEnvironment(idOrUid),
  describe(document, reference) {
    const id = String(document.id ?? idFromReference(reference))
    return { id, uid: String(document.uid ?? reference), name: String(document.name ?? id) }
  },
  validate: (document, mode) => validateEnvironment(document, mode),
  formatName: () => 'Postman environment',
  redact: (document, mode) => redactEnvironment(document, mode),
  scan: scanJson,
  redactMode: (mode) => mode,
  fileName: (template, values) => renderFileName(template, values, 'environment-filename'),
  serialize: (document) => ({ content: serializeJson(document), extra: [] }),
  stamp: (document) => ({ id: document?.id, updatedAt: document?.updatedAt }),
  restore: {
    holdsItems: false,
    matching: { delete: (client, id) => client.deleteEnvironment(id) },
    document: {
      envelope: 'environment',
      holds: (document) =>
        Array.isArray(document.values) || (typeof document.name === 'string' && !('info' in document)),
      shape: '{name, values}',
      nameOf: (document) => String(document.name ?? ''),
      payload: (document) => ({
        name: document.name,
        values: Array.isArray(document.values) ? structuredClone(document.values) : []
      }),
      create: (client, payload, workspace) => client.createEnvironment(asEnvironment(payload), workspace),
      update: (client, id, payload) => client.updateEnvironment(id, asEnvironment(payload))
    }
  }
}
