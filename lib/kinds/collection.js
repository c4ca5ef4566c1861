// Collections: listed per workspace (or all visible), fetched whole, validated against the
// Collection Format, auth credentials and secret variables redacted, one JSON file each; restored
// by PUT over an ID or POST into a workspace.
import { forEachItem, MANAGED_INFO_FIELDS, stripItem } from '../diff/managed-fields.js';
import { idFromReference } from '../postman/ids.js';
import { renderFileName } from '../paths.js';
import { redactCollection } from '../redact.js';
import { detectCollectionVersion, validateCollection } from '../schema/index.js';
import { isObject } from '../util/json.js';
import { scanJson } from './secret-scan.js';
import { serializeJson } from './types.js';
const infoOf = (document) => document?.info;
/** Above this size a collection is replaced asynchronously, so a slow update cannot time out and be sent twice. */
const ASYNC_UPDATE_BYTES = 5 * 1024 * 1024;
export const collectionKind = {
    kind: 'collection',
    label: 'collection',
    title: 'Collection',
    plural: 'collections',
    referencesOption: 'collections',
    template: { option: 'filename', input: 'filename' },
    alwaysCounted: true,
    ownsFolder: false,
    needsWorkspace: false,
    async list(client, workspace) {
        const listed = await client.listCollections(workspace);
        return listed.map((d) => ({ id: d.id, uid: d.uid, name: d.name, updatedAt: d.updatedAt }));
    },
    fetch: (client, idOrUid) => client.getCollection(idOrUid),
    describe(document, reference) {
        const info = infoOf(document);
        const id = String(info?._postman_id ?? idFromReference(reference));
        return { id, uid: String(info?.uid ?? reference), name: String(info?.name ?? id) };
    },
    validate: (document, mode) => validateCollection(document, mode),
    formatName: (version) => `Postman Collection${version ? ` v${version}` : ''}`,
    validationHint: (mode) => mode === 'strict' ? ' Postman itself emits some deviations; validation: lenient accepts the known ones.' : '',
    redact: (document, mode) => redactCollection(document, mode),
    scan: scanJson,
    redactMode: (mode) => mode,
    fileName: (template, values) => renderFileName(template, values, 'filename'),
    serialize: (document) => ({ content: serializeJson(document), extra: [] }),
    stamp(document) {
        const info = infoOf(document);
        return { id: info?._postman_id, updatedAt: info?.updatedAt };
    },
    restore: {
        holdsItems: true,
        matching: { delete: (client, id) => client.deleteCollection(id) },
        document: {
            envelope: 'collection',
            holds: (document) => isObject(document.info) || Array.isArray(document.item),
            shape: '{info, item}',
            nameOf: (document) => String(infoOf(document)?.name ?? ''),
            warnings: (document) => detectCollectionVersion(document) === '2.0.0'
                ? [
                    "The backup is Collection Format v2.0.0; Postman's API documents v2.1.0 only. If Postman refuses it, import the file in the Postman app."
                ]
                : [],
            payload(document, keepIds) {
                const payload = structuredClone(document);
                const info = isObject(payload.info) ? payload.info : {};
                for (const field of MANAGED_INFO_FIELDS)
                    delete info[field];
                if (keepIds)
                    info._postman_id = keepIds.targetId;
                payload.info = info;
                forEachItem(payload, (item) => stripItem(item, !keepIds));
                return payload;
            },
            create: (client, payload, workspace) => client.createCollection(payload, workspace),
            update: (client, id, payload) => client.updateCollection(id, payload, { async: Buffer.byteLength(JSON.stringify(payload)) > ASYNC_UPDATE_BYTES })
        }
    }
};
