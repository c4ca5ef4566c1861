// compactChange: the record a run keeps of a created or removed document holds a few names, not
// every request, and nothing anyone reads from it changes.
import { describe, expect, it } from '@jest/globals'
import {
  changesOutput,
  compactChange,
  describeDocumentChange,
  DOCUMENT_REMOVED,
  MAX_LISTED_NAMES,
  renderChangesMarkdown,
  renderChangesSummary,
  renderCommitBody,
  type DocumentChange
} from '../../src/changelog/index.js'
import { V21 } from '../../test-servers/samples.js'
import { folder, request } from '../restore/fixtures.js'

// 3 folders of 150 requests and 130 collection variables: every list is longer than the cap.
const big = {
  info: { name: 'Big API', schema: V21 },
  item: [0, 1, 2].map((f) =>
    folder(
      `Folder ${f}`,
      Array.from({ length: 150 }, (_, r) => request(`Request ${f}.${r}`, `r${f}-${r}`)),
      `f${f}`
    )
  ),
  variable: Array.from({ length: 130 }, (_, i) => ({ key: `var${i}`, value: String(i) }))
}
const path = 'Postman collections/Big API.postman_collection.json'
const created = describeDocumentChange({ kind: 'collection', name: 'Big API', path, before: undefined, after: big })
const removed = describeDocumentChange({
  kind: 'collection',
  name: 'Big API',
  path,
  before: big,
  after: DOCUMENT_REMOVED
})

describe('compactChange', () => {
  it('cuts every list of a created or removed document to the cap and keeps the full counts', () => {
    for (const change of [created, removed]) {
      const compact = compactChange(change)
      const listed = change.status === 'created' ? 'added' : 'removed'
      expect(change.diff?.requests[listed]).toHaveLength(450)
      expect(compact.diff?.requests[listed]).toHaveLength(MAX_LISTED_NAMES)
      expect(compact.diff?.requests[listed]).toEqual(change.diff?.requests[listed].slice(0, MAX_LISTED_NAMES))
      expect(compact.diff?.variables[listed]).toHaveLength(MAX_LISTED_NAMES)
      expect(compact.counts?.requests[listed]).toBe(450)
      expect(compact.counts?.folders[listed]).toBe(3)
      expect(compact.counts?.variables[listed]).toBe(130)
      expect(compact.totals).toEqual(change.totals)
    }
  })

  it('leaves the output, the commit body, the summary line and the Markdown as they were', () => {
    const full: DocumentChange[] = [created, { ...removed, name: 'Old API', path: 'Postman collections/Old.json' }]
    const compact = full.map((c) => compactChange(c))
    expect(changesOutput(compact)).toEqual(changesOutput(full))
    expect(changesOutput(compact)[0].counts.requests.added).toBe(450)
    expect(changesOutput(compact)[0].names.requests.added).toHaveLength(MAX_LISTED_NAMES)
    expect(renderCommitBody(compact)).toBe(renderCommitBody(full))
    expect(renderChangesSummary(compact)).toBe(renderChangesSummary(full))
    expect(renderChangesMarkdown(compact)).toBe(renderChangesMarkdown(full))
  })

  it('keeps a changed document whole: its lists are what the renderers count', () => {
    const after = structuredClone(big)
    after.item[0].item?.push(request('New one', 'new-1'))
    const changed = describeDocumentChange({ kind: 'collection', name: 'Big API', path, before: big, after })
    expect(changed.status).toBe('changed')
    expect(compactChange(changed)).toBe(changed)
  })
})
