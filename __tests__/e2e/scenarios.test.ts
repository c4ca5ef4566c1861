// End to end: the single-scenario runs of the built action (scenarios/), side by side. Each has servers
// of its own and spends most of its time in plugin-throttling's 1 s pacing between writes, so one
// worker runs them concurrently instead of one after the other.
import { describe } from '@jest/globals'
import { cancelledRun } from './scenarios/cancelled-run.js'
import { partialFailure } from './scenarios/partial-failure.js'
import { pullRequestMode } from './scenarios/pull-request.js'
import { subtreeRead } from './scenarios/subtree-read.js'

describe('the action, end to end, one scenario each', () => {
  partialFailure()
  cancelledRun()
  subtreeRead()
  pullRequestMode()
})
