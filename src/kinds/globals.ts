// The workspace's globals: one document per workspace (GET /workspaces/{id}/global-variables),
// values shaped as an environment's ({key, value, type, enabled}) and redacted the same way, in
// one file. Postman reports no change time for them, so a run always fetches them (one call) and
// the commit compares the bytes. Restore replaces them all (PUT), never creates or deletes them.
import { CollectionValidationError, InputError, PostmanNotFoundError } from '../errors.js'
import { assertWorkspaceExists } from '../postman/lookup.js'
import { renderFileName } from '../paths.js'
import { redactGlobals } from '../redact.js'
import { validateEnvironment } from '../schema/index.js'
import { scanJson } from './secret-scan.js'
import { serializeJson, type KindModule } from './types.js'

export const GLOBALS_NAME = 'Globals'

export const globalsKind: KindModule = {
  kind: 'globals',
  label: 'globals',
  title: 'Globals',
  plural: 'globals',
  template: { option: 'globalsFilename', input: 'globals-filename' },
  alwaysCounted: false,
  ownsFolder: false,
  needsWorkspace: true,
  // One per workspace: listing is fetching (one call), and a workspace without globals has
  // nothing to back up (no empty file in every backup).
  async list(client, workspace) {
    if (workspace === undefined)
      throw new InputError(
        'globals',
        'needs `workspace`: globals belong to a workspace. Set it, or set globals to false.'
      )
    // Postman answers 404 for an unknown workspace: say so as the other kinds do.
    const document = await this.fetch(client, workspace).catch(async (error: unknown) => {
      if (error instanceof PostmanNotFoundError) await assertWorkspaceExists(client, workspace)
      throw error
    })
    if (!Array.isArray(document.values) || document.values.length === 0) return []
    return [{ id: workspace, uid: '', name: GLOBALS_NAME, document }]
  },
  async fetch(client, workspace) {
    const { values } = await client.getGlobals(workspace)
    return { id: workspace, name: GLOBALS_NAME, values }
  },
  describe: (_document, reference) => ({ id: reference, uid: '', name: GLOBALS_NAME }),
  // The same shape as an environment's: a name and a list of {key, value, type, enabled}.
  validate: (document, mode) => validateEnvironment(document, mode),
  formatName: () => 'Postman globals',
  redact: (document, mode) => redactGlobals(document, mode),
  scan: scanJson,
  redactMode: (mode) => mode,
  fileName: (template, values) => renderFileName(template, values, 'globals-filename'),
  // Postman's own globals export: restore reads `values`, Postman's import the scope.
  serialize: (document) => ({
    content: serializeJson({ ...(document as Record<string, unknown>), _postman_variable_scope: 'globals' }),
    extra: []
  }),
  stamp: (document) => ({ id: document?.id, updatedAt: undefined }),
  restore: {
    holdsItems: false,
    workspaceDocument: {
      name: GLOBALS_NAME,
      // The file holds `{values: [...]}`; an export's `name`, `id` and scope are ignored.
      fromFile(file, label) {
        if (!Array.isArray(file.values))
          throw new CollectionValidationError(`${label} holds no globals ({values: [...]}); nothing was written.`, [
            { pointer: '/values', message: 'must be an array' }
          ])
        return { values: file.values }
      },
      current: (client, workspace) => client.getGlobals(workspace),
      async replace(client, workspace, document) {
        await client.updateGlobals(workspace, document.values as unknown[])
      }
    }
  }
}
