// Workspace globals (GET/PUT /workspaces/{id}/global-variables) and Spec Hub specifications
// (/specs, /specs/{id}, /specs/{id}/files[/{filePath}]) for the local Postman server. Shapes follow
// Postman's OpenAPI (getWorkspaceGlobalVariables, getAllSpecs, getSpec, getSpecFiles, getSpecFile,
// createSpec, updateSpecProperties, createSpecFile, updateSpecFile, deleteSpecFile); errors of
// the spec routes use the problem shape ({type, title, status, detail}) Postman documents for them.
import { HttpError, type Reply, type Request, type Router } from '../http-kit.js'
import { workspaceNotFound } from './errors.js'
import type { IdGenerator } from './ids.js'

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

export const SPEC_TYPES = [
  'OPENAPI:2.0',
  'OPENAPI:3.0',
  'OPENAPI:3.1',
  'ASYNCAPI:2.0',
  'ASYNCAPI:3.0',
  'PROTOBUF:2',
  'PROTOBUF:3',
  'GRAPHQL',
  'SMITHY:2.0'
] as const
export type SpecType = (typeof SPEC_TYPES)[number]
export type SpecFileType = 'ROOT' | 'DEFAULT'

export interface GlobalVariable {
  key: string
  value?: string
  type?: 'default' | 'secret'
  enabled?: boolean
  description?: string
}

export interface SpecFileInput {
  path: string
  content: string
  /** ROOT or DEFAULT; a lone file is the ROOT. */
  type?: SpecFileType
}

export interface SpecInput {
  name: string
  type: SpecType
  files: SpecFileInput[]
}

interface SpecFileRecord {
  id: string
  path: string
  type: SpecFileType
  content: string
  createdAt: string
  updatedAt: string
}

interface SpecRecord {
  id: string
  name: string
  type: SpecType
  workspace: string
  createdAt: string
  updatedAt: string
  /** By path, in creation order. */
  files: Map<string, SpecFileRecord>
}

/** The spec routes' timestamps, as Postman's examples write them: `2025-03-15 13:48:28+00:00`. */
const specNow = () =>
  new Date()
    .toISOString()
    .replace('T', ' ')
    .replace(/\.\d+Z$/, '+00:00')

const problem = (
  status: number,
  title: string,
  detail: string,
  type = 'https://api.postman.com/problems/bad-request'
) => new HttpError(status, { type, title, status, detail })
const badRequest = (detail: string) => problem(400, 'Malformed request', detail)
const specNotFound = () =>
  problem(
    404,
    'Specification not found',
    'The specification you are trying to access does not exist.',
    'instanceNotFoundError'
  )
const fileNotFound = () =>
  problem(404, 'Instance not found', 'Entity that you are trying to access does not exist.', 'instanceNotFoundError')

const FILE_FORMATS: Record<string, string> = {
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  proto: 'proto',
  graphql: 'graphql',
  gql: 'graphql',
  smithy: 'smithy'
}

/** What the test data API adds to the server. */
export interface KindsDataApi {
  /** Sets a workspace's globals (as a change made in Postman). */
  setGlobals(workspace: string, values: GlobalVariable[]): void
  /** The workspace's globals as GET serves them. */
  readGlobals(workspace: string): GlobalVariable[]
  /** Adds a spec with its files; returns its id. */
  addSpec(spec: SpecInput, options?: { workspace?: string; id?: string }): string
  /** The spec with its files (contents included), or undefined. */
  readSpec(id: string): (SpecInput & { id: string; workspace: string }) | undefined
  removeSpec(id: string): void
  /** Every spec's id in a workspace. */
  specIds(workspace: string): string[]
}

export interface KindsContext {
  router: Router
  ids: IdGenerator
  ownerId: string
  defaultWorkspaceId: () => string
  hasWorkspace: (id: string) => boolean
  guarded: (handler: (req: Request) => Reply | Promise<Reply>) => (req: Request) => Reply | Promise<Reply>
}

/** Registers the globals and spec routes on the router; returns the data API and a wipe of what it stores. */
export function addKindRoutes(context: KindsContext): KindsDataApi & { wipe(): void } {
  const { router, ids, guarded } = context
  const owner = Number(context.ownerId)
  const globals = new Map<string, GlobalVariable[]>()
  const specs = new Map<string, SpecRecord>()

  const ok = (body: unknown, status = 200): Reply => ({ status, body })

  function jsonBody(req: Request): unknown {
    if (req.rawBody.length === 0) return undefined
    try {
      return JSON.parse(req.rawBody.toString('utf8'))
    } catch {
      throw badRequest('The request body is not valid JSON.')
    }
  }

  // ---- globals ----

  function checkVariables(values: unknown): GlobalVariable[] {
    if (!Array.isArray(values)) throw badRequest('The values property must be an array.')
    return values.map((value, i) => {
      if (!isObject(value) || typeof value.key !== 'string')
        throw badRequest(`values[${i}] must be an object with a key.`)
      if (value.value !== undefined && typeof value.value !== 'string')
        throw badRequest(`values[${i}].value must be a string.`)
      if (value.type !== undefined && value.type !== 'default' && value.type !== 'secret')
        throw badRequest(`values[${i}].type must be one of default, secret.`)
      const out: GlobalVariable = { key: value.key }
      if (value.type !== undefined) out.type = value.type
      out.value = typeof value.value === 'string' ? value.value : ''
      if (typeof value.enabled === 'boolean') out.enabled = value.enabled
      if (typeof value.description === 'string') out.description = value.description.slice(0, 512)
      return out
    })
  }

  function mustHaveWorkspace(id: string): void {
    if (!context.hasWorkspace(id)) throw new HttpError(404, workspaceNotFound())
  }

  router.on(
    'GET',
    '/workspaces/:id/global-variables',
    guarded((req) => {
      mustHaveWorkspace(req.params.id)
      return ok({ values: structuredClone(globals.get(req.params.id) ?? []) })
    })
  )
  router.on(
    'PUT',
    '/workspaces/:id/global-variables',
    guarded((req) => {
      mustHaveWorkspace(req.params.id)
      const body = jsonBody(req)
      if (!isObject(body)) throw badRequest('Required property `values` is missing from the request.')
      const values = checkVariables(body.values)
      globals.set(req.params.id, values)
      return ok({ values: structuredClone(values) })
    })
  )

  // ---- specs ----

  const fileName = (path: string) => path.split('/').pop() ?? path
  const fileFormat = (record: SpecRecord): string | undefined => {
    const root = [...record.files.values()].find((f) => f.type === 'ROOT') ?? [...record.files.values()][0]
    const extension = root ? /\.([^./]+)$/.exec(root.path)?.[1]?.toLowerCase() : undefined
    return extension ? FILE_FORMATS[extension] : undefined
  }
  const specSummary = (s: SpecRecord) => ({
    id: s.id,
    name: s.name,
    type: s.type,
    createdBy: owner,
    updatedBy: owner,
    createdAt: s.createdAt,
    updatedAt: s.updatedAt
  })
  const specData = (s: SpecRecord) => {
    const format = fileFormat(s)
    const { id, name, type, ...rest } = specSummary(s)
    return { id, name, type, ...(format ? { fileFormat: format } : {}), ...rest }
  }
  const fileData = (f: SpecFileRecord) => ({
    id: f.id,
    path: f.path,
    name: fileName(f.path),
    type: f.type,
    createdBy: owner,
    updatedBy: owner,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt
  })
  const writtenFile = (f: SpecFileRecord) => ({
    id: f.id,
    path: f.path,
    type: f.type,
    createdBy: owner,
    updatedBy: owner,
    createdAt: f.createdAt,
    updatedAt: f.updatedAt
  })

  function checkPath(path: unknown): string {
    if (typeof path !== 'string' || path.trim() === '' || path.startsWith('/') || path.split('/').includes('..'))
      throw badRequest('The path property is invalid.')
    if (!/\.(json|ya?ml|proto|graphql|gql|smithy)$/i.test(path))
      throw badRequest('The file extension is not supported. Use .json, .yaml, .yml or .proto.')
    return path
  }

  function checkFiles(files: unknown): SpecFileInput[] {
    if (!Array.isArray(files) || files.length === 0)
      throw badRequest('Required property `files` is missing from the request.')
    const out = files.map((file, i) => {
      if (!isObject(file)) throw badRequest(`files[${i}] must be an object.`)
      const path = checkPath(file.path)
      if (typeof file.content !== 'string') throw badRequest('Required property `content` is missing from the request.')
      if (file.type !== undefined && file.type !== 'ROOT' && file.type !== 'DEFAULT')
        throw badRequest('The type property must be one of ROOT, DEFAULT.')
      return { path, content: file.content, type: file.type as SpecFileType | undefined }
    })
    if (out.length === 1) out[0].type = 'ROOT'
    const roots = out.filter((f) => f.type === 'ROOT').length
    if (roots === 0) throw badRequest('A multi-file specification must have one ROOT file.')
    if (roots > 1) throw badRequest('Multi-file specifications can only have one ROOT file.')
    if (new Set(out.map((f) => f.path)).size !== out.length) throw badRequest('Two files have the same path.')
    return out.map((f) => ({ ...f, type: f.type ?? 'DEFAULT' }))
  }

  function insertSpec(
    input: { name: string; type: SpecType; files: SpecFileInput[] },
    workspace: string,
    id?: string
  ): SpecRecord {
    const now = specNow()
    const record: SpecRecord = {
      id: id ?? ids.next(),
      name: input.name,
      type: input.type,
      workspace,
      createdAt: now,
      updatedAt: now,
      files: new Map()
    }
    if (specs.has(record.id)) throw new Error(`postman server: spec ${record.id} exists`)
    for (const file of input.files)
      record.files.set(file.path, {
        id: ids.next(),
        path: file.path,
        type: file.type ?? 'DEFAULT',
        content: file.content,
        createdAt: now,
        updatedAt: now
      })
    specs.set(record.id, record)
    return record
  }

  function findSpec(id: string): SpecRecord {
    const record = specs.get(id)
    if (!record) throw specNotFound()
    return record
  }

  function touch(record: SpecRecord): string {
    const now = specNow()
    record.updatedAt = now
    return now
  }

  router.on(
    'GET',
    '/specs',
    guarded((req) => {
      const workspace = req.query.get('workspaceId')
      if (!workspace) throw badRequest('Required query parameter `workspaceId` is missing.')
      if (!context.hasWorkspace(workspace)) throw badRequest('We could not find the workspace you are looking for.')
      const limitText = req.query.get('limit')
      const limit = limitText === null ? 10 : Number(limitText)
      if (!Number.isInteger(limit) || limit < 1 || limit > 100)
        throw badRequest('The limit parameter must be an integer from 1 to 100.')
      const cursor = req.query.get('cursor')
      let start = 0
      if (cursor !== null) {
        start = Number(Buffer.from(cursor, 'base64').toString('utf8'))
        if (!Number.isInteger(start) || start < 0) throw badRequest('The cursor parameter is invalid.')
      }
      const list = [...specs.values()].filter((s) => s.workspace === workspace)
      const page = list.slice(start, start + limit)
      const next = start + page.length
      return ok({
        specs: page.map(specSummary),
        meta: { nextCursor: next < list.length ? Buffer.from(String(next)).toString('base64') : null }
      })
    })
  )

  router.on(
    'POST',
    '/specs',
    guarded((req) => {
      const workspace = req.query.get('workspaceId')
      if (!workspace) throw badRequest('Required query parameter `workspaceId` is missing.')
      if (!context.hasWorkspace(workspace))
        throw problem(
          404,
          'Workspace not found',
          'We could not find the workspace you are looking for.',
          'instanceNotFoundError'
        )
      const body = jsonBody(req)
      if (!isObject(body) || typeof body.name !== 'string' || body.name.trim() === '')
        throw badRequest('Required property `name` is missing from the request.')
      if (!SPEC_TYPES.includes(body.type as SpecType))
        throw badRequest(`The type property must be one of ${SPEC_TYPES.join(', ')}.`)
      const record = insertSpec(
        { name: body.name, type: body.type as SpecType, files: checkFiles(body.files) },
        workspace
      )
      return ok(
        {
          id: record.id,
          name: record.name,
          type: record.type,
          createdAt: record.createdAt,
          updatedAt: record.updatedAt,
          createdBy: owner,
          updatedBy: owner
        },
        201
      )
    })
  )

  router.on(
    'GET',
    '/specs/:specId',
    guarded((req) => ok(specData(findSpec(req.params.specId))))
  )

  router.on(
    'PATCH',
    '/specs/:specId',
    guarded((req) => {
      const record = findSpec(req.params.specId)
      const body = jsonBody(req)
      if (!isObject(body) || typeof body.name !== 'string' || body.name.trim() === '')
        throw badRequest('Required property `name` is missing from the request.')
      record.name = body.name
      touch(record)
      return ok(specSummary(record))
    })
  )

  router.on(
    'DELETE',
    '/specs/:specId',
    guarded((req) => {
      const record = findSpec(req.params.specId)
      specs.delete(record.id)
      return { status: 204 }
    })
  )

  router.on(
    'GET',
    '/specs/:specId/files',
    guarded((req) => {
      const record = findSpec(req.params.specId)
      return ok({ files: [...record.files.values()].map(fileData), meta: { nextCursor: null } })
    })
  )

  router.on(
    'POST',
    '/specs/:specId/files',
    guarded((req) => {
      const record = findSpec(req.params.specId)
      const body = jsonBody(req)
      if (!isObject(body)) throw badRequest('Required property `path` is missing from the request.')
      const path = checkPath(body.path)
      if (typeof body.content !== 'string') throw badRequest('Required property `content` is missing from the request.')
      if (record.files.has(path)) throw badRequest(`A file already exists at ${path}.`)
      const now = touch(record)
      const file: SpecFileRecord = {
        id: ids.next(),
        path,
        type: 'DEFAULT',
        content: body.content,
        createdAt: now,
        updatedAt: now
      }
      record.files.set(path, file)
      return ok(writtenFile(file), 201)
    })
  )

  // The file path may contain slashes, sent encoded (%2F) or not.
  const filePathOf = (req: Request) => {
    const path = req.params.filePath
    if (!path || path.startsWith('/') || path.split('/').includes('..'))
      throw badRequest('The path parameter /filePath is invalid.')
    return path
  }
  const findFile = (record: SpecRecord, path: string) => {
    const file = record.files.get(path)
    if (!file) throw fileNotFound()
    return file
  }

  router.on(
    'GET',
    '/specs/:specId/files/*filePath',
    guarded((req) => {
      const file = findFile(findSpec(req.params.specId), filePathOf(req))
      return ok({ ...fileData(file), content: file.content })
    })
  )

  router.on(
    'PATCH',
    '/specs/:specId/files/*filePath',
    guarded((req) => {
      const record = findSpec(req.params.specId)
      const file = findFile(record, filePathOf(req))
      const body = jsonBody(req)
      const given = isObject(body) ? ['content', 'type', 'name'].filter((k) => body[k] !== undefined) : []
      if (!isObject(body) || given.length !== 1)
        throw badRequest("Only one of 'content', 'type', or 'name' should be provided.")
      const now = touch(record)
      if (given[0] === 'content') {
        if (typeof body.content !== 'string') throw badRequest('The content property must be a string.')
        file.content = body.content
      } else if (given[0] === 'type') {
        if (body.type !== 'ROOT' && body.type !== 'DEFAULT')
          throw badRequest('The type property must be one of ROOT, DEFAULT.')
        if (body.type === 'ROOT')
          for (const other of record.files.values()) if (other.type === 'ROOT') other.type = 'DEFAULT'
        file.type = body.type
      } else {
        if (typeof body.name !== 'string' || body.name.includes('/')) throw badRequest('The name property is invalid.')
        const path = checkPath([...file.path.split('/').slice(0, -1), body.name].join('/'))
        if (record.files.has(path)) throw badRequest(`A file already exists at ${path}.`)
        record.files.delete(file.path)
        file.path = path
        record.files.set(path, file)
      }
      file.updatedAt = now
      return ok(writtenFile(file))
    })
  )

  router.on(
    'DELETE',
    '/specs/:specId/files/*filePath',
    guarded((req) => {
      const record = findSpec(req.params.specId)
      const file = findFile(record, filePathOf(req))
      record.files.delete(file.path)
      touch(record)
      return { status: 204 }
    })
  )

  return {
    setGlobals(workspace, values) {
      if (!context.hasWorkspace(workspace)) throw new Error(`postman server: unknown workspace ${workspace}`)
      globals.set(workspace, checkVariables(structuredClone(values)))
    },
    readGlobals: (workspace) => structuredClone(globals.get(workspace) ?? []),
    addSpec(spec, options = {}) {
      const workspace = options.workspace ?? context.defaultWorkspaceId()
      if (!context.hasWorkspace(workspace)) throw new Error(`postman server: unknown workspace ${workspace}`)
      return insertSpec(
        { name: spec.name, type: spec.type, files: checkFiles(structuredClone(spec.files)) },
        workspace,
        options.id
      ).id
    },
    readSpec(id) {
      const record = specs.get(id)
      if (!record) return undefined
      return {
        id: record.id,
        workspace: record.workspace,
        name: record.name,
        type: record.type,
        files: [...record.files.values()].map((f) => ({ path: f.path, type: f.type, content: f.content }))
      }
    },
    removeSpec(id) {
      if (!specs.delete(id)) throw new Error(`postman server: no spec ${id}`)
    },
    specIds: (workspace) => [...specs.values()].filter((s) => s.workspace === workspace).map((s) => s.id),
    wipe() {
      globals.clear()
      specs.clear()
    }
  }
}
