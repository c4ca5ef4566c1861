import { terminalJson } from '../changelog/text.js'
import type { CreateOctokitOptions, Octokit } from '../github/octokit.js'

// What the CLI talks to: two streams and an environment, so tests run it in-process.
export interface CliIO {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  env: Record<string, string | undefined>
  /** Whether stderr is a terminal: a redrawn progress bar there, plain lines otherwise. */
  isTTY: boolean
  /**
   * Makes the Octokit a backup to GitHub uses; createOctokit when not given (the bin never gives one).
   * For a program embedding the CLI, and tests that are not about write pacing.
   */
  createOctokit?: (options: CreateOctokitOptions) => Octokit
}

/** The flags every command has besides the table's options. */
export interface OutputFlags {
  json: boolean
  verbose: boolean
}

export function printJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${terminalJson(value)}\n`)
}
