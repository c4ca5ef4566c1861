#!/usr/bin/env node
// The `postman-backup` command: main() with the process's streams and environment.
import { main } from '../cli/main.js'
import { keepHeapCompact } from '../util/heap.js'

keepHeapCompact()

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isTTY: Boolean(process.stderr.isTTY)
})
