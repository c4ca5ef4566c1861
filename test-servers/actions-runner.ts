// An emulation of the GitHub Actions runner for a JavaScript action: one INPUT_* variable per
// input of action.yml with its default applied (${{ github.* }} expressions filled in),
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and `node dist/index.js`. Used by the
// end-to-end tests, the fault suite and `npm run demo`.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

export interface ActionYml {
  inputs: Record<string, { description: string; required?: boolean; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}

export const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as ActionYml

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

export interface ActionRun {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

const DIST = new URL('../dist/index.js', import.meta.url).pathname

/** Parses the `name<<DELIMITER … DELIMITER` records that @actions/core appends to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i])
    if (!heredoc) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i])
    outputs[heredoc[1]] = value.join('\n')
  }
  return outputs
}

export async function runAction(inputs: Record<string, string>, github: GitHubContext, extraEnv: Record<string, string> = {}): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  // The runner's own environment, less anything that could leak in from the machine.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|NODE_OPTIONS)/.test(k)))
  const env = {
    ...base,
    ...actionEnv(inputs, github),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_API_URL: github.api_url,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    ...extraEnv
  }
  try {
    // Asynchronous on purpose: the servers answering the action live in this process.
    const { exitCode, stdout, stderr } = await new Promise<{ exitCode: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [DIST], { env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
        resolve({ exitCode: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
      })
    })
    return { exitCode, stdout, stderr, outputs: parseOutputFile(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
