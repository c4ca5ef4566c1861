// Kept for modules that import runBackup from here; the pipeline lives in src/backup/.
export { runBackup, isSingleCollection } from './backup/index.js'
