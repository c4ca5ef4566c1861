// Small collections for the restore tests. Not a test itself: jest runs only *.test.ts.
import { V21 } from '../../test-servers/samples.js'

export type Json = Record<string, unknown>

export const request = (name: string, id?: string, url = `https://example.com/${name}`) => ({
  name,
  ...(id ? { id } : {}),
  request: { method: 'GET', header: [], url },
  response: []
})
export const folder = (name: string, item: unknown[], id?: string) => ({ name, ...(id ? { id } : {}), item })
export const collection = (item: unknown[], extra: Json = {}) => ({
  info: { name: 'Shop', schema: V21 },
  item,
  ...extra
})
