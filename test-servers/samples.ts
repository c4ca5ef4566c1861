// Small collections of our own, for tests and the demo (which must work without ../shared).
export const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'

export function sampleCollection(name: string, requests = 2): Record<string, unknown> {
  return {
    info: { name, description: `Requests of ${name}`, schema: V21 },
    item: [
      {
        name: 'Folder',
        item: Array.from({ length: requests }, (_, i) => ({
          name: `Request ${i + 1}`,
          request: {
            method: i % 2 ? 'POST' : 'GET',
            header: [],
            url: {
              raw: `https://example.com/items/${i}`,
              protocol: 'https',
              host: ['example', 'com'],
              path: ['items', String(i)]
            }
          },
          response: []
        }))
      }
    ],
    variable: [{ key: 'baseUrl', value: 'https://example.com', type: 'string' }]
  }
}
