// The built action the bench runs: dist/index.js, or BENCH_DIST (e.g. a private `ncc build` in /tmp).
import { resolve } from 'node:path'

export const DIST_LABEL = process.env.BENCH_DIST ?? 'dist/index.js'
export const DIST = process.env.BENCH_DIST
  ? resolve(process.env.BENCH_DIST)
  : new URL('../dist/index.js', import.meta.url).pathname
