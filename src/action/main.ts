// Entry point of the bundled action (dist/index.js).
import { keepHeapCompact } from '../util/heap.js'
import { run } from './run.js'

keepHeapCompact()
await run()
