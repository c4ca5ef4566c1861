// Logs and progress on stderr. On a terminal the progress bar is one line redrawn with \r, and
// log lines are printed above it; elsewhere each document gets a plain line.
import { oneLine, terminalText } from '../changelog/text.js'
import type { Logger } from '../logger.js'
import type { DocumentKind } from '../kinds/index.js'
import { renameOptions } from '../options/index.js'
import { flagNaming } from './flags.js'
import type { CliIO } from './io.js'

export interface Progress {
  done: number
  total: number
  kind: DocumentKind
  name: string
  fetched: boolean
}

/** The library names options by key (`createBranch`); the CLI names its flags (`--create-branch`). */
export const inFlagTerms = (message: string) => renameOptions(message, flagNaming)

export class ProgressReporter implements Logger {
  private bar = ''

  constructor(
    private readonly io: CliIO,
    private readonly verbose: boolean
  ) {}

  debug(): void {}
  info(message: string): void {
    if (this.verbose) this.line(message)
  }
  warn(message: string): void {
    this.line(`warning: ${inFlagTerms(message)}`)
  }
  error(message: string): void {
    this.line(`error: ${inFlagTerms(message)}`)
  }

  progress = (p: Progress): void => {
    if (!this.io.isTTY) {
      this.io.stderr.write(`${p.done}/${p.total} ${p.fetched ? 'fetched' : 'unchanged'} ${oneLine(p.name)}\n`)
      return
    }
    const width = 20
    const filled = Math.round((p.done / Math.max(1, p.total)) * width)
    const name = oneLine(p.name, 50)
    this.bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total} ${name}`
    this.io.stderr.write(`\r${this.bar}\x1b[K`)
  }

  /** Leaves the terminal line clean once the bar is done. */
  end(): void {
    if (this.bar) this.io.stderr.write('\r\x1b[K')
    this.bar = ''
  }

  private line(text: string): void {
    if (this.bar) this.io.stderr.write('\r\x1b[K')
    // Log lines quote names from Postman and GitHub: shown inert, never as escape sequences.
    this.io.stderr.write(`${terminalText(text)}\n`)
    if (this.bar) this.io.stderr.write(`\r${this.bar}\x1b[K`)
  }
}
