// Big and odd documents: each must be backed up and read back byte for byte, and a second run
// must see it unchanged (no commit).
import { V21 } from '../../test-servers/samples.js'
import { DIR, pretty, type Case } from '../harness.js'
import { exitNote, expectBackedUp, treeProblems } from './common.js'

type Json = Record<string, unknown>

function request(name: string, i: number, body?: string): Json {
  return {
    name,
    request: {
      method: i % 2 ? 'POST' : 'GET',
      header: [{ key: 'Accept', value: 'application/json' }],
      url: {
        raw: `https://example.com/items/${i}`,
        protocol: 'https',
        host: ['example', 'com'],
        path: ['items', String(i)]
      },
      ...(body === undefined ? {} : { body: { mode: 'raw', raw: body, options: { raw: { language: 'json' } } } })
    },
    response: []
  }
}

/** About `bytes` of text without characters JSON escapes, different on every line. */
function filler(bytes: number, seed: number): string {
  const words = [
    'alpha',
    'bravo',
    'charlie',
    'delta',
    'echo',
    'foxtrot',
    'golf',
    'hotel',
    'india',
    'juliet',
    'kilo',
    'lima'
  ]
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const word = `${words[(i * 7 + seed) % words.length]}-${(i * 2654435761 + seed) % 1000003}`
    parts.push(word)
    size += word.length + 1
  }
  return parts.join(' ')
}

/** Raw bodies of 100 KB each, until the pretty JSON is over 20 MB. */
function twentyMegabytes(): Json {
  const items: Json[] = []
  for (let i = 0; i < 210; i++) items.push(request(`Upload ${i}`, i, filler(100 * 1024, i)))
  return { info: { name: 'Twenty megabytes', schema: V21 }, item: [{ name: 'Uploads', item: items }] }
}

function tenThousandRequests(): Json {
  const folders: Json[] = []
  for (let f = 0; f < 10; f++) {
    folders.push({
      name: `Folder ${f}`,
      item: Array.from({ length: 1000 }, (_, i) => request(`Request ${f}-${i}`, f * 1000 + i))
    })
  }
  return { info: { name: 'Ten thousand requests', schema: V21 }, item: folders }
}

function deepFolders(levels: number): Json {
  let inner: Json[] = [request('At the bottom', 0)]
  for (let depth = levels; depth >= 1; depth--)
    inner = [{ name: `Level ${depth}`, item: [...inner, request(`At level ${depth}`, depth)] }]
  return { info: { name: 'Thirty levels', schema: V21 }, item: inner }
}

const UNICODE_NAME = 'Ünïcødé ✓ 数据 مرحبا Ελληνικά e\u0301 👩‍👩‍👧 𝔘𝔫𝔦'

function unicodeEverywhere(): Json {
  const odd = [
    'lone high \ud800 and low \udc00 surrogates',
    'NUL \u0000 and DEL \u007f and escape \u001b[31m',
    'line separators \u2028 and \u2029',
    'BOM \ufeff inside, RTL override \u202e gnp.exe, zero-width \u200b\u200d',
    'astral 🚀𝔘 and combining a\u0301\u0302\u0303',
    'quotes " \' ` and backslash \\ and </script>',
    'right-to-left عربي עברית'
  ]
  return {
    info: { name: UNICODE_NAME, description: odd.join('\n'), schema: V21 },
    item: [
      {
        name: '文件夹 📁',
        description: odd[0],
        item: odd.map((text, i) => ({
          name: `请求 ${i} ${text.slice(0, 12)}`,
          request: {
            method: 'POST',
            header: [{ key: 'X-Ünïcødé', value: text }],
            url: {
              raw: `https://例え.jp/パス/${i}?q=${text.replace(/[^\p{L}\p{N} ]/gu, '')}`,
              host: ['例え', 'jp'],
              path: ['パス', String(i)]
            },
            body: { mode: 'raw', raw: JSON.stringify({ text }) },
            description: text
          },
          response: []
        }))
      }
    ],
    variable: [{ key: '変数', value: odd[3], type: 'string' }]
  }
}

function emptyFolders(): Json {
  return {
    info: { name: 'Empty folders', schema: V21 },
    item: [
      { name: 'Empty', item: [] },
      {
        name: 'Nested empties',
        item: [
          { name: 'Empty inside', item: [] },
          { name: 'Another', item: [{ name: 'Deepest', item: [] }] }
        ]
      },
      { name: 'Not empty', item: [request('Only request', 1)] }
    ]
  }
}

interface DocSpec {
  label: string
  doc: () => Json
  name: string
  minBytes?: number
  timeoutMs?: number
}

const DOCS: DocSpec[] = [
  {
    label: '20 MB collection',
    doc: twentyMegabytes,
    name: 'Twenty megabytes',
    minBytes: 20 * 1024 * 1024,
    timeoutMs: 150_000
  },
  { label: '10,000 requests', doc: tenThousandRequests, name: 'Ten thousand requests', timeoutMs: 120_000 },
  { label: '30 levels of folders', doc: () => deepFolders(30), name: 'Thirty levels' },
  { label: 'unicode everywhere (surrogates, NUL, RTL, emoji, combining)', doc: unicodeEverywhere, name: UNICODE_NAME },
  {
    label: 'empty collection (no items)',
    doc: () => ({ info: { name: 'Empty', schema: V21 }, item: [] }),
    name: 'Empty'
  },
  { label: 'empty folders', doc: emptyFolders, name: 'Empty folders' }
]

function documentCase(spec: DocSpec): Case {
  return {
    name: `documents/${spec.label}`,
    expected: 'backed up, byte-identical on read-back (1 commit); a second run sees it unchanged (no commit)',
    timeoutMs: spec.timeoutMs,
    slow: spec.timeoutMs !== undefined,
    async run(env, c) {
      const repo = await env.repo()
      const col = env.collection(spec.doc())
      // The names here hold no character the file name template replaces.
      // File names are NFC (one file for the NFC and NFD spellings of a name).
      const path = `${DIR}/${spec.name.normalize('NFC')}.postman_collection.json`
      const servedBytes = Buffer.byteLength(JSON.stringify(col.served(), null, 2)) + 1
      if (spec.minBytes) c.ok(servedBytes >= spec.minBytes, `test bug: the document is only ${servedBytes} bytes`)
      const before = await env.commits(repo)
      const first = await env.run(repo, { collection: col.id }, { timeoutMs: 120_000 })
      c.note(`${servedBytes.toLocaleString('en')} B; first ${exitNote(first)}`)
      if (first.exitCode !== 0) c.note(`"${first.error.slice(0, 140)}"`)
      await expectBackedUp(env, c, first, repo, col, { path, before })
      for (const problem of await treeProblems(env, repo, [path])) c.ok(false, problem)
      if (first.exitCode !== 0) return
      const second = await env.run(repo, { collection: col.id }, { timeoutMs: 120_000 })
      c.note(`second ${exitNote(second)}, changed=${second.outputs.changed}`)
      c.eq(second.exitCode, 0, 'exit of the second run')
      c.eq(second.outputs.changed, 'false', 'second run output changed')
      c.eq(await env.commits(repo), before + 1, 'commits after the second run')
    }
  }
}

/** The same documents in one multi-collection run: one commit through the Git Data API (the 20 MB file as a separate blob). */
function allInOneCommit(): Case {
  const specs = DOCS.filter((d) => d.label !== '10,000 requests')
  return {
    name: 'documents/several odd documents in one run (one commit)',
    expected: 'all backed up in 1 commit, each byte-identical; a second run makes no commit',
    timeoutMs: 150_000,
    slow: true,
    async run(env, c) {
      const repo = await env.repo()
      const cols = specs.map((spec) => ({ spec, ...env.collection(spec.doc()) }))
      const before = await env.commits(repo)
      const first = await env.run(repo, { collection: cols.map((col) => col.id).join('\n') }, { timeoutMs: 120_000 })
      c.note(`${cols.length} documents; first ${exitNote(first)}`)
      if (first.exitCode !== 0) c.note(`"${first.error.slice(0, 140)}"`)
      c.eq(first.exitCode, 0, 'exit')
      for (const col of cols) {
        const stored = await env.file(repo, `${DIR}/${col.spec.name.normalize('NFC')}.postman_collection.json`)
        c.ok(
          stored === pretty(col.served()),
          `${col.spec.label}: ${stored === null ? 'not on main' : 'differs from the served document'}`
        )
      }
      c.eq((await env.commits(repo)) - before, 1, 'new commits')
      if (first.exitCode !== 0) return
      const second = await env.run(repo, { collection: cols.map((col) => col.id).join('\n') }, { timeoutMs: 120_000 })
      c.note(`second ${exitNote(second)}, changed=${second.outputs.changed}`)
      c.eq(second.outputs.changed, 'false', 'second run output changed')
      c.eq((await env.commits(repo)) - before, 1, 'commits after the second run')
    }
  }
}

export function documentCases(): Case[] {
  return [...DOCS.map(documentCase), allInOneCommit()]
}
