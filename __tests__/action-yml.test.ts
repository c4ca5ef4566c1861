// The options table (src/options/table.ts) is the one declaration of every option; action.yml,
// the README and the CLI's flags must say the same, or this fails.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import type { Option } from 'commander'
import { createProgram } from '../src/cli/program.js'
import { flagName, optionKeys, specOf, type CommandName, type OptionSpec } from '../src/options/index.js'
import { DEFAULT_POSTMAN_API_URL } from '../src/postman/client.js'
import { actionYml } from '../test-servers/actions-runner.js'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

function readmeSection(heading: string): string {
  const section = readme.split(/^## /m).find((s) => s.startsWith(`${heading}\n`))
  if (!section) throw new Error(`README has no "## ${heading}" section`)
  return section
}

function readmeTable(heading: string): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  for (const line of readmeSection(heading).split('\n')) {
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim())
    const name = /^`([a-z-]+)`$/.exec(cells[1] ?? '')
    if (name) rows.set(name[1], cells.slice(2, -1))
  }
  return rows
}

const inputs = optionKeys.map((key) => [key, specOf(key)] as const).filter(([, spec]) => spec.input !== undefined)

/** action.yml's default for an option: its expression, else its default as text. */
function inputDefault(spec: OptionSpec): string {
  if (spec.inputDefault !== undefined) return spec.inputDefault
  if (spec.default === undefined || Array.isArray(spec.default)) return ''
  return String(spec.default)
}

describe('action.yml', () => {
  it('runs dist/index.js on node24', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('declares exactly the inputs of the options table, in its order', () => {
    expect(Object.keys(actionYml.inputs)).toEqual(inputs.map(([, spec]) => spec.input))
  })

  it.each(inputs)('states the table’s default, requirement and description for %s', (_, spec) => {
    const declared = actionYml.inputs[spec.input as string]
    expect({
      default: declared.default ?? '',
      required: declared.required ?? false,
      description: declared.description
    }).toEqual({ default: inputDefault(spec), required: spec.required ?? false, description: spec.description })
  })

  it('documents every output in the README', () => {
    expect([...readmeTable('Outputs').keys()].sort()).toEqual(Object.keys(actionYml.outputs).sort())
  })

  it('gives every input and output a description', () => {
    for (const spec of [...Object.values(actionYml.inputs), ...Object.values(actionYml.outputs)]) {
      expect(spec.description.length).toBeGreaterThan(10)
    }
  })
})

describe('the README', () => {
  it('lists every input in the table’s order with the table’s default', () => {
    const table = readmeTable('Inputs')
    expect([...table.keys()]).toEqual(inputs.map(([, spec]) => spec.input))
    for (const [, spec] of inputs) {
      const documented = table.get(spec.input as string)?.[0] ?? ''
      const backticked = /^`(.*)`$/.exec(documented)
      if (spec.required) expect([spec.input, documented]).toEqual([spec.input, '(required)'])
      else if (backticked) expect([spec.input, backticked[1]]).toEqual([spec.input, inputDefault(spec)])
      else expect([spec.input, inputDefault(spec)]).toEqual([spec.input, ''])
    }
  })

  it('names every flag of the command line, and its environment variables', () => {
    const section = readmeSection('Command line')
    for (const key of optionKeys) {
      const spec = specOf(key)
      const flag = flagName(spec)
      if (flag && flag !== 'FILE') expect([key, new RegExp(`[\\s\`]${flag}[\\s\`]`).test(section)]).toEqual([key, true])
      if (spec.env) expect([key, section.includes(`$${spec.env}`)]).toEqual([key, true])
    }
  })
})

describe('the CLI', () => {
  const program = createProgram(
    { stdout: { write: () => 0 }, stderr: { write: () => 0 }, env: {}, isTTY: false },
    () => undefined
  )
  const commands: CommandName[] = ['backup', 'restore', 'list']

  it.each(commands)('has exactly the table’s flags on %s, plus --json and --verbose', (name) => {
    const command = program.commands.find((c) => c.name() === name)
    const flags = (command?.options ?? []).map((o: Option) => o.long)
    const expected = optionKeys
      .map(specOf)
      .filter((spec) => spec.commands.includes(name) && spec.flag?.startsWith('--'))
      .map((spec) => flagName(spec))
    expect(flags).toEqual([...expected, '--json', '--verbose'])
    const positional = optionKeys
      .map(specOf)
      .filter((spec) => spec.commands.includes(name) && spec.flag?.startsWith('['))
    expect(command?.registeredArguments.map((a) => a.name())).toEqual(positional.map((s) => flagName(s)?.toLowerCase()))
  })

  it('shows each default and environment variable in the help', () => {
    // Commander wraps lines; compare the words.
    const help = (program.commands.find((c) => c.name() === 'backup')?.helpInformation() ?? '').replace(/\s+/g, ' ')
    expect(help).toMatch(/--token <token> +GitHub token .*\(default: \$GITHUB_TOKEN\)/)
    expect(help).toMatch(/--postman-api-url <url> .*\(default: \$POSTMAN_API_URL; else "https:\/\/api\.postman\.com"\)/)
    expect(help).toMatch(/--validation <mode> .*\(strict, lenient, off; default: "lenient"\)/)
  })
})

describe('the options table', () => {
  it('has the Postman client’s default URL', () => {
    expect(specOf('postmanApiUrl').default).toBe(DEFAULT_POSTMAN_API_URL)
  })

  it('gives every default of a choice among its choices', () => {
    for (const key of optionKeys) {
      const spec = specOf(key)
      if (spec.choices) expect(spec.choices).toContain(spec.default)
    }
  })
})
