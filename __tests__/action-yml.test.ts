// action.yml, the code and the README must describe the same inputs, outputs and defaults.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import { DEFAULTS } from '../src/backup.js'
import { actionYml } from '../test-servers/actions-runner.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

function readmeTable(heading: string): Map<string, string[]> {
  const section = readme.split(/^## /m).find((s) => s.startsWith(`${heading}\n`))
  if (!section) throw new Error(`README has no "## ${heading}" section`)
  const rows = new Map<string, string[]>()
  for (const line of section.split('\n')) {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim())
    const name = /^`([a-z-]+)`$/.exec(cells[1] ?? '')
    if (name) rows.set(name[1], cells.slice(2, -1))
  }
  return rows
}

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('documents every input in the README with the same default', () => {
    const table = readmeTable('Inputs')
    expect([...table.keys()].sort()).toEqual(Object.keys(actionYml.inputs).sort())
    for (const [name, spec] of Object.entries(actionYml.inputs)) {
      const documented = table.get(name)?.[0] ?? ''
      const backticked = /^`(.*)`$/.exec(documented)
      if (spec.required) expect(documented).toBe('(required)')
      else if (backticked) expect(backticked[1]).toBe(spec.default)
      else expect(spec.default ?? '').toBe('')
    }
  })

  it('documents every output in the README', () => {
    expect([...readmeTable('Outputs').keys()].sort()).toEqual(Object.keys(actionYml.outputs).sort())
  })

  it('states the same defaults as the library', () => {
    expect(actionYml.inputs.directory.default).toBe(DEFAULTS.directory)
    expect(actionYml.inputs.filename.default).toBe(DEFAULTS.filename)
    expect(actionYml.inputs['commit-message'].default).toBe(DEFAULTS.commitMessage)
    expect(actionYml.inputs.validation.default).toBe(DEFAULTS.validation)
    expect(actionYml.inputs['postman-api-url'].default).toBe(DEFAULTS.postmanApiUrl)
  })

  it('gives every input and output a description', () => {
    for (const spec of [...Object.values(actionYml.inputs), ...Object.values(actionYml.outputs)]) {
      expect(spec.description.length).toBeGreaterThan(10)
    }
  })
})
