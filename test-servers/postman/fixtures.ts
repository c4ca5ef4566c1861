// Small collections and environments of our own (test-servers/postman/fixtures/), for tests that must
// pass without ../shared. Every item of bookshop has an id, so it comes back exactly as written (but info);
// no-item-ids has none, so the server gives its items ids, as Postman does.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AddOptions, EnvironmentDocument, PostmanServer } from './server.js'

export const FIXTURES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')

export const COLLECTION_FIXTURES = ['bookshop', 'minimal', 'no-item-ids'] as const
export const ENVIRONMENT_FIXTURES = ['staging', 'empty'] as const
export type CollectionFixture = (typeof COLLECTION_FIXTURES)[number]
export type EnvironmentFixture = (typeof ENVIRONMENT_FIXTURES)[number]

export const collectionFixturePath = (name: CollectionFixture): string =>
  path.join(FIXTURES_DIR, `${name}.postman_collection.json`)
export const environmentFixturePath = (name: EnvironmentFixture): string =>
  path.join(FIXTURES_DIR, `${name}.postman_environment.json`)

/** A fresh copy of a collection fixture (the Collection v2.1 JSON, as exported from Postman). */
export function loadCollectionFixture(
  name: CollectionFixture
): Record<string, unknown> & { info: Record<string, unknown>; item: unknown[] } {
  return JSON.parse(fs.readFileSync(collectionFixturePath(name), 'utf8'))
}

/** A fresh copy of an environment fixture (as exported from Postman: id, name, values, _postman_* fields). */
export function loadEnvironmentFixture(name: EnvironmentFixture): EnvironmentDocument & Record<string, unknown> {
  return JSON.parse(fs.readFileSync(environmentFixturePath(name), 'utf8'))
}

/** Adds every fixture to the server (to one workspace); returns the ids by fixture name. */
export function seedFixtures(
  server: PostmanServer,
  options: Pick<AddOptions, 'workspace'> = {}
): {
  collections: Record<CollectionFixture, { id: string; uid: string }>
  environments: Record<EnvironmentFixture, { id: string; uid: string }>
} {
  const collections = {} as Record<CollectionFixture, { id: string; uid: string }>
  const environments = {} as Record<EnvironmentFixture, { id: string; uid: string }>
  for (const name of COLLECTION_FIXTURES) collections[name] = server.addCollection(loadCollectionFixture(name), options)
  for (const name of ENVIRONMENT_FIXTURES)
    environments[name] = server.addEnvironment(loadEnvironmentFixture(name), options)
  return { collections, environments }
}
