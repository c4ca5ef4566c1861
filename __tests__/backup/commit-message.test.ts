// The commit subject: a custom `commit-message` template is rendered as given; the default one is
// said right for what the commit holds (one collection as Postman's integration says it, another
// kind by its name, several by their counts).
import { describe, expect, it } from '@jest/globals'
import { commitMessage } from '../../src/backup/plan.js'
import type { FileReport } from '../../src/backup/result.js'
import { defaultOf } from '../../src/options/index.js'

const DEFAULT = defaultOf('commitMessage')
const report = (kind: FileReport['kind'], name: string): FileReport => ({
  kind,
  id: `${kind}-${name}`,
  uid: `u-${kind}-${name}`,
  name,
  path: `Postman collections/${name}.json`,
  url: '',
  changed: true,
  redacted: 0,
  fetched: true,
  status: 'ok'
})
const subject = (message: string) => message.split('\n')[0]

describe('commitMessage', () => {
  it('keeps the default subject of one collection as it always was', () => {
    expect(commitMessage(DEFAULT, [report('collection', 'Orders API')], 0)).toBe(
      'Back up Postman collection Orders API'
    )
  })

  it('names the kind of one other document, and counts several', () => {
    expect(subject(commitMessage(DEFAULT, [report('environment', 'Staging')], 0))).toBe(
      'Back up Postman environment Staging'
    )
    expect(subject(commitMessage(DEFAULT, [report('globals', 'Globals')], 0))).toBe('Back up Postman globals')
    const several = [
      report('collection', 'Orders API'),
      report('collection', 'Users API'),
      report('environment', 'Staging')
    ]
    expect(subject(commitMessage(DEFAULT, several, 0))).toBe('Back up Postman 2 collections and 1 environment')
    expect(subject(commitMessage(DEFAULT, [], 2))).toBe('Back up Postman 2 removed files')
  })

  it('renders a custom template as given, {name} included', () => {
    const several = [report('collection', 'Orders API'), report('environment', 'Staging')]
    expect(subject(commitMessage('Postman backup: {name}', several, 0))).toBe(
      'Postman backup: 1 collection and 1 environment'
    )
    expect(commitMessage('Backup of {name} ({id})', [report('environment', 'Staging')], 0)).toBe(
      'Backup of Staging (environment-Staging)'
    )
  })
})
