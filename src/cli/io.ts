import { terminalJson } from '../changelog/text.js'

// What the CLI talks to: two streams and an environment, so tests run it in-process.
export interface CliIO {
  stdout: { write(text: string): unknown }
  stderr: { write(text: string): unknown }
  env: Record<string, string | undefined>
  /** Whether stderr is a terminal: a redrawn progress bar there, plain lines otherwise. */
  isTTY: boolean
}

/** The flags every command has besides the table's options. */
export interface OutputFlags {
  json: boolean
  verbose: boolean
}

export function printJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${terminalJson(value)}\n`)
}
