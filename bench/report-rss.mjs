// Preloaded into a measured child process (node --import): writes its peak RSS in bytes on exit, and every
// second before that, so a run killed at the bench's timeout (SIGKILL, no exit event) still has a figure.
import { writeFileSync } from 'node:fs'
import { setInterval } from 'node:timers'

const report = () => {
  if (process.env.BENCH_RSS_FILE)
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024))
}
setInterval(report, 1000).unref()
process.on('exit', report)
