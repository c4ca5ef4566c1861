// Builds the environment the Actions runner gives a JavaScript action: one INPUT_* variable per
// input of action.yml, its default applied (with ${{ github.* }} expressions filled in) unless given.
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

export interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

export const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml

export interface GitHubContext {
  repository: string
  token: string
  api_url: string
}

export function inputEnvName(input: string): string {
  return `INPUT_${input.replace(/ /g, '_').toUpperCase()}`
}

export function actionEnv(inputs: Record<string, string>, github: GitHubContext): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const fallback = (spec.default ?? '').replace(/\$\{\{\s*github\.(\w+)\s*\}\}/g, (_, key: keyof GitHubContext) => github[key] ?? '')
    env[inputEnvName(name)] = inputs[name] ?? fallback
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in actionYml.inputs)) throw new Error(`test bug: "${name}" is not an input of action.yml`)
  }
  return env
}
