// Public surface of the Collection Format and environment schemas and their validation.
import type { Static } from '@sinclair/typebox'
import type {
  CollectionV21Schema,
  ItemGroupV21Schema,
  ItemV21Schema,
  RequestV21Schema,
  ResponseV21Schema,
  AuthV21Schema
} from './collection-v2.1.js'
import type { Description, Event, Header, Info, Url, Variable } from './collection-format.js'

export { CollectionV21Schema } from './collection-v2.1.js'
export { CollectionV20Schema } from './collection-v2.0.js'
export type { CollectionV21 } from './collection-v2.1.js'
export type { CollectionV20 } from './collection-v2.0.js'
export {
  validateCollection,
  detectCollectionVersion,
  formatIssue,
  escapePointerToken,
  MAX_REPORTED_ERRORS,
  type ValidationMode,
  type ValidationIssue,
  type ValidationResult,
  type CollectionVersion
} from './validate.js'
export { KNOWN_DEVIATIONS, type KnownDeviation } from './deviations.js'

/** A Postman collection (Collection Format v2.1.0, the format Postman exports and its API serves). */
export type Collection = Static<typeof CollectionV21Schema>
export type CollectionItem = Static<typeof ItemV21Schema>
export type CollectionFolder = Static<typeof ItemGroupV21Schema>
export type CollectionRequest = Static<typeof RequestV21Schema>
export type CollectionResponse = Static<typeof ResponseV21Schema>
export type CollectionAuth = Static<typeof AuthV21Schema>
export type CollectionVariable = Static<typeof Variable>
export type CollectionUrl = Static<typeof Url>
export type CollectionEvent = Static<typeof Event>
export type CollectionHeader = Static<typeof Header>
export type CollectionInfo = Static<typeof Info>
export type CollectionDescription = Static<typeof Description>

// ---- environments ----
export {
  validateEnvironment,
  EnvironmentSchema,
  EnvironmentLenientSchema,
  ENVIRONMENT_VARIABLE_TYPES,
  ENVIRONMENT_DEVIATIONS,
  type Environment,
  type EnvironmentVariable,
  type EnvironmentVariableType,
  type EnvironmentDeviation
} from './environment.js'
