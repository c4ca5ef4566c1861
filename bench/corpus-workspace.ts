// The large organisation's workspace, built from the real corpus in ../shared/corpus/real (read where it
// lies, never copied into the project): each collection is a real corpus collection whose item list is
// repeated (one folder per repeat, the items shared by reference so the bench process stays small) until
// it reaches a size drawn from a log-normal distribution capped at 3 MB, the sizes scaled to a total.
// Deterministic: the same seed gives the same workspace.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { validateCollection } from '../src/schema/index.js'

export const CORPUS_DIR = new URL('../../shared/corpus/real/', import.meta.url).pathname

const MB = 1024 * 1024
type Doc = Record<string, unknown>

/** mulberry32: a small seeded generator, so the workspace is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface CorpusCollection {
  file: string
  doc: Doc
  items: unknown[]
  /** Compact JSON size of the whole document and of each top-level item. */
  bytes: number
  itemBytes: number[]
}

/** The corpus's v2 collections that pass lenient validation, smallest first. */
export function loadCorpus(dir = CORPUS_DIR): CorpusCollection[] {
  const found: CorpusCollection[] = []
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue
    let doc: Doc
    try {
      doc = JSON.parse(readFileSync(join(dir, file), 'utf8').replace(/^\uFEFF/, '')) as Doc
    } catch {
      continue
    }
    const info = doc.info as Doc | undefined
    if (!info || !/v2\.[01]\.0/.test(String(info.schema)) || !Array.isArray(doc.item) || doc.item.length === 0) continue
    if (!validateCollection(doc, 'lenient').valid) continue
    const items = doc.item as unknown[]
    found.push({
      file,
      doc,
      items,
      bytes: JSON.stringify(doc).length,
      itemBytes: items.map((item) => JSON.stringify(item).length)
    })
  }
  return found.sort((a, b) => a.bytes - b.bytes)
}

export interface WorkspacePlan {
  collections: Array<{ name: string; doc: Doc; bytes: number; base: string }>
  /** Sum of the collections' compact JSON sizes (what Postman serves, before the server's metadata). */
  totalBytes: number
  bases: number
}

/** A standard normal deviate (Box–Muller). */
const normal = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())

/**
 * `count` collections totalling about `totalBytes`, each at most `capBytes`: sizes log-normal (median
 * 300 KB, sigma 1, the shape of team workspaces: many mid-sized, a few large), scaled to the total.
 */
export function planWorkspace(count: number, totalBytes: number, capBytes = 3 * MB, seed = 20261201): WorkspacePlan {
  const random = seededRandom(seed)
  const corpus = loadCorpus().filter((c) => c.bytes >= 4 * 1024)
  if (corpus.length === 0) throw new Error(`no usable collection in ${CORPUS_DIR}`)
  let sizes = Array.from({ length: count }, () => Math.min(capBytes, 300 * 1024 * Math.exp(normal(random))))
  for (let round = 0; round < 5; round++) {
    const scale = totalBytes / sizes.reduce((a, b) => a + b, 0)
    sizes = sizes.map((s) => Math.min(capBytes, s * scale))
  }
  const collections = sizes.map((target, i) => {
    const fitting = corpus.filter((c) => c.bytes <= target)
    const base = fitting.length > 0 ? fitting[Math.floor(random() * fitting.length)] : corpus[0]
    const baseName = String((base.doc.info as Doc).name)
    const name = `Team ${String(i).padStart(3, '0')} ${baseName}`.slice(0, 120)
    const item: Doc[] = []
    // Envelope and info are small; fill the rest with whole repeats, then with top-level items of one more.
    let bytes = base.bytes - base.items.reduce<number>((a, _, j) => a + base.itemBytes[j], 0)
    const listBytes = base.itemBytes.reduce((a, b) => a + b, 0)
    for (let part = 1; part === 1 || bytes + listBytes <= target; part++) {
      item.push({ name: `${baseName} (part ${part})`, item: base.items })
      bytes += listBytes + 40
    }
    const rest: unknown[] = []
    for (const [j, one] of base.items.entries()) {
      if (bytes + base.itemBytes[j] > target) break
      rest.push(one)
      bytes += base.itemBytes[j]
    }
    if (rest.length > 0) item.push({ name: `${baseName} (part ${item.length + 1})`, item: rest })
    const info: Doc = { ...(base.doc.info as Doc), name }
    delete info._postman_id
    return { name, doc: { ...base.doc, info, item }, bytes, base: base.file }
  })
  return {
    collections,
    totalBytes: collections.reduce((a, c) => a + c.bytes, 0),
    bases: new Set(collections.map((c) => c.base)).size
  }
}

/** The same collection as changed in Postman: one request added at the top. */
export function changedCollection(doc: Doc, run: number): Doc {
  const change = {
    name: `Added in change ${run}`,
    request: { method: 'GET', header: [], url: { raw: `https://example.com/changed/${run}` } },
    response: []
  }
  return { ...doc, item: [change, ...(doc.item as unknown[])] }
}

/** `count` environments of 10 to 40 variables, a few of them secrets. */
export function environments(
  count: number,
  seed = 7
): Array<{ name: string; values: Array<Doc & { key: string; value: string }> }> {
  const random = seededRandom(seed)
  return Array.from({ length: count }, (_, i) => ({
    name: `Environment ${String(i).padStart(2, '0')}`,
    values: Array.from({ length: 10 + Math.floor(random() * 31) }, (_, j) => ({
      key: j === 0 ? 'baseUrl' : `var${j}`,
      value: j === 0 ? `https://env${i}.example.com` : `value-${i}-${j}-${Math.floor(random() * 1e9)}`,
      type: j % 7 === 3 ? 'secret' : 'default',
      enabled: true
    }))
  }))
}
