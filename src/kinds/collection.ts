// Collections: listed per workspace (or all visible), fetched whole, validated against the
// Collection Format, auth credentials and secret variables redacted, one JSON file each.
import { idFromReference } from '../postman/ids.js'
import { renderFileName } from '../paths.js'
import { redactCollection } from '../redact.js'
import { validateCollection } from '../schema/index.js'
import { scanJson } from './secret-scan.js'
import { serializeJson, type KindModule } from './types.js'

const infoOf = (document: Record<string, unknown> | undefined) => document?.info as Record<string, unknown> | undefined

export const collectionKind: KindModule = {
  kind: 'collection',
  label: 'collection',
  title: 'Collection',
  plural: 'collections',
  referencesOption: 'collections',
  template: { option: 'filename', input: 'filename' },
  changes: 'updatedAt',
  alwaysCounted: true,
  ownsFolder: false,
  needsWorkspace: false,
  async list(client, workspace) {
    const listed = await client.listCollections(workspace)
    return listed.map((d) => ({ id: d.id, uid: d.uid, name: d.name, updatedAt: d.updatedAt }))
  },
  fetch: (client, idOrUid) => client.getCollection(idOrUid),
  describe(document, reference) {
    const info = infoOf(document)
    const id = String(info?._postman_id ?? idFromReference(reference))
    return { id, uid: String(info?.uid ?? reference), name: String(info?.name ?? id) }
  },
  validate: (document, mode) => validateCollection(document, mode),
  formatName: (version) => `Postman Collection${version ? ` v${version}` : ''}`,
  validationHint: (mode) =>
    mode === 'strict' ? ' Postman itself emits some deviations; validation: lenient accepts the known ones.' : '',
  redact: (document, mode) => redactCollection(document, mode),
  scan: scanJson,
  redactMode: (mode) => mode,
  fileName: (template, values) => renderFileName(template, values, 'filename'),
  serialize: (document) => ({ content: serializeJson(document), extra: [] }),
  stamp(document) {
    const info = infoOf(document)
    return { id: info?._postman_id, updatedAt: info?.updatedAt }
  }
}
