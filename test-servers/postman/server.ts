// A local stand-in for the Postman API (https://api.postman.com) for end-to-end tests.
// Shapes follow Postman's own OpenAPI 3.0.3 description (v1.45.0) and its examples; the
// corpus test checks every answer against it. Routes:
//   GET /me, GET /workspaces, GET /workspaces/{id},
//   GET|POST /collections, GET|PUT /collections/{id-or-uid}, GET /collection-updates-tasks/{taskId},
//   GET|POST /environments, GET|PUT /environments/{id-or-uid}, DELETE /collections|environments/{id},
//   GET|PUT /workspaces/{id}/global-variables, and Spec Hub (/specs…, in kinds.ts).
import {
  HttpError,
  Router,
  startHttpServer,
  type Handler,
  type Reply,
  type Request,
  type RunningServer
} from '../http-kit.js'
import {
  authenticationError,
  collectionMismatch,
  collectionNotFound,
  environmentNotFound,
  invalidParam,
  itemAlreadyExists,
  itemNotFound,
  limitContentType,
  limitTooLarge,
  malformedRequest,
  rateLimitedBody,
  rateLimitedHeaders,
  routeNotFound,
  serviceLimitExhaustedBody,
  serviceLimitExhaustedHeaders,
  unparsableBody,
  workspaceNotFound
} from './errors.js'
import { IdGenerator, isUuid, isWellFormedId, laterThan, postmanNow, uuidFrom } from './ids.js'
import { addKindRoutes, type KindsDataApi } from './kinds.js'
import { RateLimiter, type RateLimitOptions } from './rate-limit.js'

export { instanceNotFound, rateLimited, serviceLimitExhausted } from './errors.js'
export type { RateLimitOptions } from './rate-limit.js'
export type { LimitBodyShape } from './errors.js'
export type { GlobalVariable, SpecFileInput, SpecInput, SpecType } from './kinds.js'

export type WorkspaceType = 'personal' | 'team' | 'private' | 'public' | 'partner'

export interface PostmanUser {
  id: number
  username: string
  email: string
  fullName: string
  avatar: string | null
  isPublic: boolean
  teamId?: number
  teamName?: string
  teamDomain?: string
  roles: string[]
}

export interface PostmanServerOptions {
  /** The one valid API key (default 'PMAK-test'). Sent as `X-Api-Key` (or the `apikey` query parameter). */
  apiKey?: string
  /** The authenticated user (GET /me); its id is the default owner of everything (default 12345678). */
  user?: Partial<PostmanUser>
  /**
   * Status of `instanceNotFoundError` for unknown collections/environments on GET. Default: 404 for ids Postman
   * could have issued (UUID or `<owner>-<UUID>`), 400 for malformed ones. The real API answers both ways.
   */
  notFoundStatus?: 400 | 404
  /**
   * What the server adds to the items (folders, requests) and saved responses of served collections:
   * - 'ids' (default): an `id` where one is missing, as Postman does on import (the OpenAPI requires it);
   * - 'full': also `createdAt`, `updatedAt` and `uid` on every item and response, as in Postman's current examples;
   * - 'none': nothing; items come back exactly as added.
   */
  itemMetadata?: 'ids' | 'full' | 'none'
  /** Rate and usage limits (default 300 per minute, 10000 per month). */
  rateLimit?: RateLimitOptions
}

export interface AddOptions {
  /** Workspace id (default: the personal workspace created on start). */
  workspace?: string
  id?: string
  /** Owner user id (default: the authenticated user's id). */
  owner?: string
  updatedAt?: string
  createdAt?: string
}

export interface EnvironmentDocument {
  name: string
  values: Array<{ key: string; value: string; type?: string; enabled?: boolean; [extra: string]: unknown }>
}

export interface PostmanServer extends RunningServer, KindsDataApi {
  apiKey: string
  /** The personal workspace created on start ("My Workspace"). */
  defaultWorkspaceId: string
  /** The authenticated user's id as a string: the default owner, and the prefix of uids. */
  ownerId: string
  /** Rate and usage limit state; adjust its fields to provoke real 429s. */
  rateLimit: RateLimiter
  /** Adds a workspace; returns its id (generated if not given). Type defaults to 'team'. */
  addWorkspace(ws: { id?: string; name: string; type?: WorkspaceType; about?: string }): string
  /**
   * Adds a collection document (Postman Collection v2.x JSON: {info, item, ...}). Generates id/uid unless given
   * (uid = `${ownerId}-${id}`), serves info._postman_id = id, sets createdAt/updatedAt. Returns them.
   */
  addCollection(doc: object, options?: AddOptions): { id: string; uid: string }
  /** Replaces a collection's document (a change made in Postman) and bumps updatedAt. Keeps generated item ids. */
  updateCollection(idOrUid: string, doc: object): void
  removeCollection(idOrUid: string): void
  /** The collection as GET /collections/{id} serves it (inside the `collection` envelope), or undefined. */
  readCollection(idOrUid: string): Record<string, unknown> | undefined
  addEnvironment(doc: EnvironmentDocument, options?: AddOptions): { id: string; uid: string }
  /** Replaces an environment's name and/or values (a change made in Postman) and bumps updatedAt. */
  updateEnvironment(idOrUid: string, doc: object): void
  removeEnvironment(idOrUid: string): void
  /** The environment as GET /environments/{id} serves it (inside the `environment` envelope), or undefined. */
  readEnvironment(idOrUid: string): Record<string, unknown> | undefined
  /** A disaster: every collection, environment, spec and globals of every workspace is gone (workspaces stay). */
  wipe(): void
}

type Json = Record<string, unknown>

interface WorkspaceRecord {
  id: string
  name: string
  type: 'personal' | 'team'
  visibility: WorkspaceType
  createdBy: string
  createdAt: string
  updatedAt: string
  about?: string
}

interface CollectionRecord {
  id: string
  uid: string
  owner: string
  workspace: string
  createdAt: string
  updatedAt: string
  lastUpdatedBy: string
  /** Bumped by every PUT through the API: id-less items then get new ids, as Postman documents. */
  generation: number
  /** The stored document, with generated item ids; info is rebuilt when served. */
  doc: Json
}

interface EnvironmentRecord {
  id: string
  uid: string
  owner: string
  workspace: string
  createdAt: string
  updatedAt: string
  name: string
  values: unknown[]
  isPublic: boolean
}

const DEFAULT_SCHEMA = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'
/** info fields the server owns: whatever a document says there is replaced by the server's values. */
const SERVER_INFO_FIELDS = new Set(['_postman_id', 'updatedAt', 'createdAt', 'lastUpdatedBy', 'uid'])
const WORKSPACE_TYPES: WorkspaceType[] = ['personal', 'team', 'private', 'public', 'partner']

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const clone = <T>(value: T): T => structuredClone(value)

export async function startPostmanServer(options: PostmanServerOptions = {}): Promise<PostmanServer> {
  const apiKey = options.apiKey ?? 'PMAK-test'
  const user: PostmanUser = {
    id: 12345678,
    username: 'test-user',
    email: 'test-user@example.com',
    fullName: 'Test User',
    avatar: null,
    isPublic: false,
    roles: ['user'],
    ...options.user
  }
  const ownerId = String(user.id)
  const itemMetadata = options.itemMetadata ?? 'ids'
  const limiter = new RateLimiter(options.rateLimit)
  const ids = new IdGenerator()

  const workspaces = new Map<string, WorkspaceRecord>()
  const collections = new Map<string, CollectionRecord>()
  const environments = new Map<string, EnvironmentRecord>()
  const tasks = new Map<string, string>()

  // ---- documents ------------------------------------------------------------------------------

  /** Gives every item and saved response without an `id` one derived from its place, so ids are stable. */
  function assignItemIds(doc: Json, collectionId: string, generation: number): Json {
    if (itemMetadata === 'none') return doc
    const walk = (items: unknown, parentKey: string) => {
      if (!Array.isArray(items)) return
      const seen = new Map<string, number>()
      for (const item of items) {
        if (!isObject(item)) continue
        const name = typeof item.name === 'string' ? item.name : ''
        const n = seen.get(name) ?? 0
        seen.set(name, n + 1)
        const key = `${parentKey}/${name}#${n}`
        if (item.id === undefined) item.id = uuidFrom(`${collectionId}:${generation}:item:${key}`)
        if (Array.isArray(item.response)) {
          const seenResponses = new Map<string, number>()
          for (const response of item.response) {
            if (!isObject(response)) continue
            const rName = typeof response.name === 'string' ? response.name : ''
            const rn = seenResponses.get(rName) ?? 0
            seenResponses.set(rName, rn + 1)
            if (response.id === undefined)
              response.id = uuidFrom(`${collectionId}:${generation}:response:${key}/${rName}#${rn}`)
          }
        }
        walk(item.item, key)
      }
    }
    walk(doc.item, '')
    return doc
  }

  function servedInfo(record: CollectionRecord, info: Json): Json {
    const out: Json = {}
    if (!('_postman_id' in info)) out._postman_id = record.id
    for (const [key, value] of Object.entries(info)) {
      if (key === '_postman_id') out._postman_id = record.id
      else if (!SERVER_INFO_FIELDS.has(key)) out[key] = value
    }
    if (typeof out.schema !== 'string') out.schema = DEFAULT_SCHEMA
    out.updatedAt = record.updatedAt
    out.createdAt = record.createdAt
    out.lastUpdatedBy = record.lastUpdatedBy
    out.uid = record.uid
    return out
  }

  function withFullItemMetadata(items: unknown, record: CollectionRecord): unknown {
    if (!Array.isArray(items)) return items
    const stamp = (entry: Json): Json => ({
      ...entry,
      createdAt: entry.createdAt ?? record.createdAt,
      updatedAt: entry.updatedAt ?? record.updatedAt,
      uid: entry.uid ?? `${record.owner}-${String(entry.id)}`
    })
    return items.map((item) => {
      if (!isObject(item)) return item
      const out = stamp(item)
      if (Array.isArray(item.response)) out.response = item.response.map((r) => (isObject(r) ? stamp(r) : r))
      if ('item' in item) out.item = withFullItemMetadata(item.item, record)
      return out
    })
  }

  function servedCollection(record: CollectionRecord): Json {
    const out: Json = {}
    for (const [key, value] of Object.entries(record.doc)) {
      if (key === 'info' && isObject(value)) out.info = servedInfo(record, value)
      else if (key === 'item' && itemMetadata === 'full') out.item = withFullItemMetadata(value, record)
      else out[key] = value
    }
    return out
  }

  function servedEnvironment(record: EnvironmentRecord): Json {
    return {
      id: record.id,
      name: record.name,
      owner: record.owner,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
      values: record.values,
      isPublic: record.isPublic
    }
  }

  const findCollection = (idOrUid: string) =>
    collections.get(idOrUid) ?? [...collections.values()].find((c) => c.uid === idOrUid)
  const findEnvironment = (idOrUid: string) =>
    environments.get(idOrUid) ?? [...environments.values()].find((e) => e.uid === idOrUid)

  function requireWorkspace(id: string | undefined): WorkspaceRecord {
    const ws = workspaces.get(id ?? defaultWorkspaceId)
    if (!ws) throw new Error(`postman server: unknown workspace ${id}`)
    return ws
  }

  function timestamps(options: AddOptions): { createdAt: string; updatedAt: string } {
    const now = postmanNow()
    const updatedAt = options.updatedAt ?? now
    const createdAt = options.createdAt ?? (Date.parse(updatedAt) < Date.parse(now) ? updatedAt : now)
    return { createdAt, updatedAt }
  }

  // ---- data API for tests ---------------------------------------------------------------------

  function addWorkspace(ws: { id?: string; name: string; type?: WorkspaceType; about?: string }): string {
    const id = ws.id ?? ids.next()
    if (workspaces.has(id)) throw new Error(`postman server: workspace ${id} exists`)
    const visibility = ws.type ?? 'team'
    if (!WORKSPACE_TYPES.includes(visibility)) throw new Error(`postman server: bad workspace type ${visibility}`)
    const now = postmanNow()
    workspaces.set(id, {
      id,
      name: ws.name,
      type: visibility === 'personal' ? 'personal' : 'team',
      visibility,
      createdBy: ownerId,
      createdAt: now,
      updatedAt: now,
      ...(ws.about !== undefined ? { about: ws.about } : {})
    })
    return id
  }

  function insertCollection(doc: Json, options: AddOptions): CollectionRecord {
    if (!isObject(doc) || !isObject(doc.info)) throw new TypeError('postman server: a collection needs an info object')
    const workspace = requireWorkspace(options.workspace)
    const id = options.id ?? ids.next()
    if (findCollection(id)) throw new Error(`postman server: collection ${id} exists`)
    const owner = options.owner ?? ownerId
    const record: CollectionRecord = {
      id,
      uid: `${owner}-${id}`,
      owner,
      workspace: workspace.id,
      ...timestamps(options),
      lastUpdatedBy: owner,
      generation: 0,
      doc: assignItemIds(clone(doc), id, 0)
    }
    collections.set(id, record)
    return record
  }

  function addCollection(doc: object, options: AddOptions = {}): { id: string; uid: string } {
    const record = insertCollection(doc as Json, options)
    return { id: record.id, uid: record.uid }
  }

  function mustFindCollection(idOrUid: string): CollectionRecord {
    const record = findCollection(idOrUid)
    if (!record) throw new Error(`postman server: no collection ${idOrUid}`)
    return record
  }

  function updateCollection(idOrUid: string, doc: object): void {
    const record = mustFindCollection(idOrUid)
    if (!isObject(doc) || !isObject(doc.info)) throw new TypeError('postman server: a collection needs an info object')
    record.doc = assignItemIds(clone(doc), record.id, record.generation)
    record.updatedAt = laterThan(record.updatedAt)
    record.lastUpdatedBy = ownerId
  }

  function removeCollection(idOrUid: string): void {
    collections.delete(mustFindCollection(idOrUid).id)
  }

  function insertEnvironment(doc: Json, options: AddOptions): EnvironmentRecord {
    if (!isObject(doc) || typeof doc.name !== 'string')
      throw new TypeError('postman server: an environment needs a name')
    const workspace = requireWorkspace(options.workspace)
    const id = options.id ?? ids.next()
    if (findEnvironment(id)) throw new Error(`postman server: environment ${id} exists`)
    const owner = options.owner ?? ownerId
    const record: EnvironmentRecord = {
      id,
      uid: `${owner}-${id}`,
      owner,
      workspace: workspace.id,
      ...timestamps(options),
      name: doc.name,
      values: Array.isArray(doc.values) ? clone(doc.values) : [],
      isPublic: false
    }
    environments.set(id, record)
    return record
  }

  function addEnvironment(doc: EnvironmentDocument, options: AddOptions = {}): { id: string; uid: string } {
    const record = insertEnvironment(doc as unknown as Json, options)
    return { id: record.id, uid: record.uid }
  }

  function mustFindEnvironment(idOrUid: string): EnvironmentRecord {
    const record = findEnvironment(idOrUid)
    if (!record) throw new Error(`postman server: no environment ${idOrUid}`)
    return record
  }

  function updateEnvironment(idOrUid: string, doc: object): void {
    const record = mustFindEnvironment(idOrUid)
    const d = doc as Json
    if (typeof d.name === 'string') record.name = d.name
    if (Array.isArray(d.values)) record.values = clone(d.values)
    record.updatedAt = laterThan(record.updatedAt)
  }

  function removeEnvironment(idOrUid: string): void {
    environments.delete(mustFindEnvironment(idOrUid).id)
  }

  // ---- HTTP -----------------------------------------------------------------------------------

  function authenticate(req: Request): void {
    const header = req.headers['x-api-key']
    const key = (Array.isArray(header) ? header[0] : header) ?? req.query.get('apikey') ?? undefined
    if (key !== apiKey) throw new HttpError(401, authenticationError())
  }

  /** Every Postman route: API key first, then the rate and usage limits. */
  const guarded =
    (handler: Handler): Handler =>
    (req) => {
      authenticate(req)
      const decision = limiter.take(req.method, req.path)
      const shape = limiter.bodyShape
      if (decision.kind === 'serviceLimitExhausted') {
        throw new HttpError(429, serviceLimitExhaustedBody(shape), {
          ...limitContentType(shape),
          ...serviceLimitExhaustedHeaders()
        })
      }
      if (decision.kind === 'rateLimited') {
        throw new HttpError(429, rateLimitedBody(decision.retryAfterSeconds, shape), {
          ...limitContentType(shape),
          ...rateLimitedHeaders(decision.retryAfterSeconds)
        })
      }
      return handler(req)
    }

  const ok = (body: unknown): Reply => ({ status: 200, body })

  function notFoundStatus(id: string): number {
    return options.notFoundStatus ?? (isWellFormedId(id) ? 404 : 400)
  }

  function jsonBody(req: Request): unknown {
    if (req.rawBody.length === 0) return undefined
    try {
      return JSON.parse(req.rawBody.toString('utf8'))
    } catch {
      throw new HttpError(400, unparsableBody())
    }
  }

  function nonNegativeInt(req: Request, name: string, min: number): number | undefined {
    const raw = req.query.get(name)
    if (raw === null) return undefined
    const n = Number(raw)
    if (raw.trim() === '' || !Number.isInteger(n) || n < min) {
      throw new HttpError(400, invalidParam(`${name} must be an integer of at least ${min}`))
    }
    return n
  }

  /** POST/PUT body `{collection: {info: {name, schema}, item: [...]}}`; answers malformedRequestError otherwise. */
  function collectionFromBody(req: Request): Json {
    const body = jsonBody(req)
    if (!isObject(body) || !isObject(body.collection)) {
      throw new HttpError(400, malformedRequest('collection', [": must have required property 'collection'"]))
    }
    const c = body.collection
    const details: string[] = []
    if (!isObject(c.info)) details.push(": must have required property 'info'")
    if (!Array.isArray(c.item))
      details.push(c.item === undefined ? ": must have required property 'item'" : 'item: must be array')
    if (isObject(c.info)) {
      if (typeof c.info.name !== 'string') details.push("info: must have required property 'name'")
      if (typeof c.info.schema !== 'string') details.push("info: must have required property 'schema'")
    }
    if (details.length > 0) throw new HttpError(400, malformedRequest('collection', details))
    return c
  }

  /** POST/PUT body `{environment: {name, values}}`. */
  function environmentFromBody(req: Request, nameRequired: boolean): Json {
    const body = jsonBody(req)
    if (!isObject(body) || !isObject(body.environment)) {
      throw new HttpError(400, malformedRequest('environment', [": must have required property 'environment'"]))
    }
    const env = body.environment
    if (nameRequired && typeof env.name !== 'string') {
      throw new HttpError(400, malformedRequest('environment', ["environment: must have required property 'name'"]))
    }
    if (env.name !== undefined && typeof env.name !== 'string') {
      throw new HttpError(400, malformedRequest('environment', ['environment.name: must be string']))
    }
    if (env.values !== undefined) {
      if (!Array.isArray(env.values)) {
        throw new HttpError(400, {
          error: {
            name: 'malformedRequestError',
            message: `Invalid type: ${typeof env.values} (expected array) at environment.values`
          }
        })
      }
      env.values.forEach((value, i) => {
        if (!isObject(value)) {
          const type = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value
          throw new HttpError(400, {
            error: {
              name: 'malformedRequestError',
              message: `Invalid type: ${type} (expected object) at environment.values.${i}`
            }
          })
        }
      })
    }
    return env
  }

  /** `?workspace=` of POST: the oldest personal workspace when absent, as Postman documents. */
  function targetWorkspace(req: Request): string {
    const id = req.query.get('workspace')
    if (id === null || id === '') return defaultWorkspaceId
    if (!workspaces.has(id)) throw new HttpError(404, workspaceNotFound())
    return id
  }

  const collectionSummary = (c: CollectionRecord) => ({
    id: c.id,
    name: collectionName(c),
    owner: c.owner,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    uid: c.uid,
    isPublic: false
  })
  const collectionName = (c: CollectionRecord): string =>
    isObject(c.doc.info) && typeof c.doc.info.name === 'string' ? c.doc.info.name : ''
  const environmentSummary = (e: EnvironmentRecord) => ({
    id: e.id,
    name: e.name,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    owner: e.owner,
    uid: e.uid,
    isPublic: e.isPublic
  })
  const workspaceSummary = (w: WorkspaceRecord) => ({
    id: w.id,
    name: w.name,
    type: w.type,
    visibility: w.visibility,
    createdBy: w.createdBy,
    ...(w.about !== undefined ? { about: w.about } : {}),
    createdAt: w.createdAt,
    updatedAt: w.updatedAt
  })

  const router = new Router()

  router.on(
    'GET',
    '/me',
    guarded(() =>
      ok({
        user,
        operations: [{ name: 'api_usage', limit: limiter.monthly, usage: limiter.monthlyUsed, overage: 0 }]
      })
    )
  )

  router.on(
    'GET',
    '/workspaces',
    guarded((req) => {
      const type = req.query.get('type')
      if (type !== null && !WORKSPACE_TYPES.includes(type as WorkspaceType)) {
        throw new HttpError(400, {
          error: {
            name: 'invalidParamError',
            message: 'visibilityStatus must be one of personal/private/team/public/partner'
          },
          statusCode: 400
        })
      }
      const elementType = req.query.get('elementType')
      const elementId = req.query.get('elementId')
      if (elementType !== null && !['collection', 'specification'].includes(elementType)) {
        throw new HttpError(400, {
          name: 'badRequest',
          message: 'elementType must be one of: collection, specification'
        })
      }
      if (elementType !== null && !elementId) {
        throw new HttpError(400, { name: 'badRequest', message: 'elementId is required when elementType is provided' })
      }
      const limit = nonNegativeInt(req, 'limit', 1)
      if (limit !== undefined && limit > 100) throw new HttpError(400, limitTooLarge())
      const cursor = req.query.get('cursor')
      let start = 0
      if (cursor !== null) {
        start = Number(Buffer.from(cursor, 'base64').toString('utf8'))
        if (!Number.isInteger(start) || start < 0)
          throw new HttpError(400, invalidParam('The cursor parameter is invalid.'))
      }
      const createdBy = req.query.get('createdBy')
      let list = [...workspaces.values()]
      if (type !== null) list = list.filter((w) => w.visibility === type)
      if (createdBy !== null) list = list.filter((w) => w.createdBy === createdBy)
      if (elementType === 'collection') {
        const c = findCollection(elementId ?? '')
        list = list.filter((w) => c?.workspace === w.id)
      } else if (elementType === 'specification') list = []
      const page = list.slice(start, limit === undefined ? undefined : start + limit)
      const next = start + page.length
      return ok({
        workspaces: page.map(workspaceSummary),
        ...(limit !== undefined && next < list.length
          ? { meta: { nextCursor: Buffer.from(String(next)).toString('base64') } }
          : {})
      })
    })
  )

  router.on(
    'GET',
    '/workspaces/:id',
    guarded((req) => {
      const w = workspaces.get(req.params.id)
      if (!w) throw new HttpError(404, workspaceNotFound())
      const cols = [...collections.values()].filter((c) => c.workspace === w.id)
      const envs = [...environments.values()].filter((e) => e.workspace === w.id)
      // Postman leaves out the element lists a workspace has none of.
      return ok({
        workspace: {
          id: w.id,
          name: w.name,
          type: w.type,
          visibility: w.visibility,
          createdBy: w.createdBy,
          updatedBy: w.createdBy,
          createdAt: w.createdAt,
          updatedAt: w.updatedAt,
          ...(w.about !== undefined ? { about: w.about } : {}),
          ...(cols.length > 0
            ? { collections: cols.map((c) => ({ id: c.id, name: collectionName(c), uid: c.uid })) }
            : {}),
          ...(envs.length > 0 ? { environments: envs.map((e) => ({ id: e.id, name: e.name, uid: e.uid })) } : {})
        }
      })
    })
  )

  router.on(
    'GET',
    '/collections',
    guarded((req) => {
      const workspace = req.query.get('workspace')
      const limit = nonNegativeInt(req, 'limit', 1)
      const offset = nonNegativeInt(req, 'offset', 0)
      // An unknown workspace gives 200 with an empty array, as Postman documents (example "Invalid Workspace").
      if (workspace !== null && !workspaces.has(workspace)) return ok({ collections: [] })
      let list = [...collections.values()]
      if (workspace !== null) list = list.filter((c) => c.workspace === workspace)
      const paged = limit !== undefined || offset !== undefined
      // Postman: filtering by name together with limit/offset is not supported; the name filter is ignored then.
      const name = req.query.get('name')
      if (name !== null && !paged) list = list.filter((c) => collectionName(c) === name)
      if (!paged) return ok({ collections: list.map(collectionSummary) })
      const start = offset ?? 0
      const page = list.slice(start, limit === undefined ? undefined : start + limit)
      return ok({
        collections: page.map(collectionSummary),
        meta: { total: list.length, offset: start, limit: limit ?? list.length }
      })
    })
  )

  router.on(
    'POST',
    '/collections',
    guarded((req) => {
      const workspace = targetWorkspace(req)
      const doc = collectionFromBody(req)
      const info = doc.info as Json
      // A UUID in info._postman_id is kept (Postman answers instanceFoundError when it is taken); others are replaced.
      const wanted = typeof info._postman_id === 'string' && isUuid(info._postman_id) ? info._postman_id : undefined
      if (wanted !== undefined && findCollection(wanted)) {
        throw new HttpError(400, itemAlreadyExists('collection', wanted))
      }
      const record = insertCollection(doc, { workspace, id: wanted })
      return ok({ collection: { id: record.id, name: collectionName(record), uid: record.uid } })
    })
  )

  router.on(
    'GET',
    '/collections/:id',
    guarded((req) => {
      const record = findCollection(req.params.id)
      if (!record) throw new HttpError(notFoundStatus(req.params.id), collectionNotFound())
      return ok({ collection: servedCollection(record) })
    })
  )

  router.on(
    'PUT',
    '/collections/:id',
    guarded((req) => {
      const record = findCollection(req.params.id)
      if (!record) throw new HttpError(404, itemNotFound('collection', req.params.id))
      const doc = collectionFromBody(req)
      const bodyId = (doc.info as Json)._postman_id
      if (bodyId !== undefined && bodyId !== record.id && bodyId !== record.uid)
        throw new HttpError(400, collectionMismatch())
      record.generation += 1
      record.doc = assignItemIds(clone(doc), record.id, record.generation)
      record.updatedAt = laterThan(record.updatedAt)
      record.lastUpdatedBy = ownerId
      const prefer = req.headers.prefer
      if (typeof prefer === 'string' && /respond-async/i.test(prefer)) {
        const taskId = ids.next()
        tasks.set(taskId, 'successful')
        return { status: 202, body: { task: { id: taskId, status: 'in-progress' } } }
      }
      return ok({ collection: { id: record.id, name: collectionName(record), uid: record.uid } })
    })
  )

  router.on(
    'GET',
    '/collection-updates-tasks/:taskId',
    guarded((req) => {
      const status = tasks.get(req.params.taskId)
      if (!status) {
        throw new HttpError(404, {
          type: 'https://api.postman.com/problems/not-found',
          title: 'Not Found',
          status: 404,
          detail: 'Task not found'
        })
      }
      return ok({ id: req.params.taskId, status })
    })
  )

  router.on(
    'GET',
    '/environments',
    guarded((req) => {
      const workspace = req.query.get('workspace')
      if (workspace !== null && !workspaces.has(workspace)) return ok({ environments: [] })
      let list = [...environments.values()]
      if (workspace !== null) list = list.filter((e) => e.workspace === workspace)
      return ok({ environments: list.map(environmentSummary) })
    })
  )

  router.on(
    'POST',
    '/environments',
    guarded((req) => {
      const workspace = targetWorkspace(req)
      const env = environmentFromBody(req, true)
      const record = insertEnvironment({ name: env.name, values: env.values ?? [] }, { workspace })
      return ok({ environment: { id: record.id, name: record.name, uid: record.uid } })
    })
  )

  router.on(
    'GET',
    '/environments/:id',
    guarded((req) => {
      const record = findEnvironment(req.params.id)
      if (!record) throw new HttpError(notFoundStatus(req.params.id), environmentNotFound())
      return ok({ environment: servedEnvironment(record) })
    })
  )

  router.on(
    'PUT',
    '/environments/:id',
    guarded((req) => {
      const record = findEnvironment(req.params.id)
      if (!record) throw new HttpError(404, itemNotFound('environment', req.params.id))
      const env = environmentFromBody(req, false)
      if (typeof env.name === 'string') record.name = env.name
      if (Array.isArray(env.values)) record.values = clone(env.values)
      record.updatedAt = laterThan(record.updatedAt)
      return ok({ environment: { id: record.id, name: record.name, uid: record.uid } })
    })
  )

  router.on(
    'DELETE',
    '/collections/:id',
    guarded((req) => {
      const record = findCollection(req.params.id)
      if (!record) throw new HttpError(404, collectionNotFound())
      collections.delete(record.id)
      return ok({ collection: { id: record.id, uid: record.uid } })
    })
  )

  router.on(
    'DELETE',
    '/environments/:id',
    guarded((req) => {
      const record = findEnvironment(req.params.id)
      if (!record) throw new HttpError(404, environmentNotFound())
      environments.delete(record.id)
      return ok({ environment: { id: record.id, uid: record.uid } })
    })
  )

  const kinds = addKindRoutes({
    router,
    ids,
    ownerId,
    defaultWorkspaceId: () => defaultWorkspaceId,
    hasWorkspace: (id) => workspaces.has(id),
    guarded
  })

  // Anything else (other paths, other methods on known paths): Postman's JSON 404, after the key check.
  const fallback = guarded(() => ({ status: 404, body: routeNotFound() }))
  for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])
    router.on(method, '*rest', fallback)

  const running = await startHttpServer({
    router,
    commonHeaders: (req) => limiter.headers(req.method, req.path),
    notFound: () => ({ status: 404, body: routeNotFound() })
  })

  const defaultWorkspaceId = addWorkspace({ name: 'My Workspace', type: 'personal' })

  return {
    ...running,
    apiKey,
    defaultWorkspaceId,
    ownerId,
    rateLimit: limiter,
    addWorkspace,
    addCollection,
    updateCollection,
    removeCollection,
    readCollection: (idOrUid) => {
      const record = findCollection(idOrUid)
      return record ? clone(servedCollection(record)) : undefined
    },
    addEnvironment,
    updateEnvironment,
    removeEnvironment,
    readEnvironment: (idOrUid) => {
      const record = findEnvironment(idOrUid)
      return record ? clone(servedEnvironment(record)) : undefined
    },
    setGlobals: kinds.setGlobals,
    readGlobals: kinds.readGlobals,
    addSpec: kinds.addSpec,
    readSpec: kinds.readSpec,
    removeSpec: kinds.removeSpec,
    specIds: kinds.specIds,
    wipe: () => {
      collections.clear()
      environments.clear()
      tasks.clear()
      kinds.wipe()
    }
  }
}
