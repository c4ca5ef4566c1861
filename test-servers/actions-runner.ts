// An emulation of the GitHub Actions runner for a JavaScript action: one INPUT_* variable per
// input of action.yml with its default applied (${{ github.* }} expressions filled in),
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and `node dist/index.js`. Used by the
// end-to-end tests, the fault suite and `npm run demo`.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
    const fallback = (spec.default ?? '').replace(
      /\$\{\{\s*github\.(\w+)\s*\}\}/g,
      (_, key: keyof GitHubContext) => github[key] ?? ''
    )
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
  /** Killed for taking longer than `timeoutMs`, or by the abort signal. */
  timedOut: boolean
}

export interface RunActionOptions {
  /** Environment variables set last, over the runner's (e.g. NODE_OPTIONS for a preload). */
  env?: Record<string, string>
  /** Killed (SIGKILL) after this long; default 120 s. */
  timeoutMs?: number
  /** Killed (SIGKILL) when this aborts. */
  signal?: AbortSignal
  /** The built action to run; default dist/index.js. */
  dist?: string
}

const DIST = new URL('../dist/index.js', import.meta.url).pathname

/**
 * The step log as the runner shows it: stdout without the `::add-mask::` commands, which the runner
 * consumes (they are how it learns what to mask) and never prints.
 */
export function runnerLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

/** Everything a run shows anyone: the step log (runnerLog), stderr, the job summary and the outputs. */
export function visibleOutput(run: Pick<ActionRun, 'stdout' | 'stderr' | 'summary' | 'outputs'>): string {
  return [runnerLog(run.stdout), run.stderr, run.summary, JSON.stringify(run.outputs)].join('\n')
}

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

/**
 * Runs the built action as the runner does: INPUT_* (action.yml defaults applied), GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, `node dist/index.js`, bounded by `options.timeoutMs` and `options.signal`.
 */
export async function runAction(
  inputs: Record<string, string>,
  github: GitHubContext,
  options: RunActionOptions = {}
): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'action-run-'))
  const outputFile = join(dir, 'output')
  const summaryFile = join(dir, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  // The runner's own environment, less anything that could leak in from the machine.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(INPUT_|GITHUB_|RUNNER_|ACTIONS_|NODE_OPTIONS)/.test(k))
  )
  const env = {
    ...base,
    ...actionEnv(inputs, github),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: github.repository,
    GITHUB_API_URL: github.api_url,
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: dir,
    ...options.env
  }
  try {
    // Asynchronous on purpose: the servers answering the action live in this process.
    const { exitCode, stdout, stderr, timedOut } = await spawnBounded(
      options.dist ?? DIST,
      env,
      options.timeoutMs ?? 120_000,
      options.signal
    )
    const outputs = existsSync(outputFile) ? parseOutputFile(readFileSync(outputFile, 'utf8')) : {}
    const summary = existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : ''
    return { exitCode, stdout, stderr, outputs, summary, timedOut }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** `node script` with `env`, its output collected; SIGKILLed after `timeoutMs` or when `signal` aborts. */
function spawnBounded(
  script: string,
  env: Record<string, string | undefined>,
  timeoutMs: number,
  signal: AbortSignal | undefined
): Promise<{ exitCode: number; stdout: string; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => err.push(d))
    let timedOut = false
    const kill = () => {
      timedOut = true
      child.kill('SIGKILL')
    }
    const timer = setTimeout(kill, timeoutMs)
    if (signal?.aborted) kill()
    else signal?.addEventListener('abort', kill, { once: true })
    const settle = (result: { exitCode: number; stdout: string; stderr: string }) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', kill)
      resolve({ ...result, timedOut })
    }
    child.on('close', (code, sig) =>
      settle({
        exitCode: code ?? (sig ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8')
      })
    )
    child.on('error', (e) => settle({ exitCode: 127, stdout: '', stderr: String(e) }))
  })
}
