// The shared folder (../shared) for the *.corpus.test.ts files: where it is, a loud failure when
// what a test needs is missing, and the corpus documents, decoded as they come (UTF-8 with or
// without a BOM, UTF-16 with a BOM). Not a test itself: jest runs only *.test.ts.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** ../shared, beside the project. */
export const SHARED = path.resolve(PROJECT_ROOT, '..', 'shared')
export const CORPUS = path.join(SHARED, 'corpus')
/** The folders of CORPUS whose *.json files make the corpus. */
export const CORPUS_DIRS = ['postmanlabs-schemas-examples', 'real'] as const

/** A path inside the shared folder, e.g. sharedPath('reference', 'postman-api', 'openapi.yaml'). */
export const sharedPath = (...parts: string[]) => path.join(SHARED, ...parts)

/**
 * Throws, naming what is missing and where the shared folder goes, unless the corpus folders
 * and every one of `paths` (inside the shared folder, see sharedPath) exist. Call it at the top
 * of a corpus test, so a missing folder fails the run instead of skipping tests.
 */
export function requireShared(...paths: string[]): void {
  const required = [...CORPUS_DIRS.map((dir) => path.join(CORPUS, dir)), ...paths]
  const folders = ['corpus/', ...new Set(paths.map((p) => `${path.relative(SHARED, path.dirname(p))}/`))]
  for (const file of required) {
    if (!fs.existsSync(file)) {
      throw new Error(
        `Corpus tests need ${file}, which is missing. Place the shared folder beside the project ` +
          `(${SHARED}, with ${folders.join(' and ')}) and run npm run test:corpus again.`
      )
    }
  }
}

/** Documents come as UTF-8 (with or without BOM) or UTF-16 with a BOM. */
export function decode(buffer: Buffer): string {
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8')
  if (buffer[0] === 0xff && buffer[1] === 0xfe) return buffer.subarray(2).toString('utf16le')
  if (buffer[0] === 0xfe && buffer[1] === 0xff) return new TextDecoder('utf-16be').decode(buffer.subarray(2))
  return buffer.toString('utf8')
}

/** A JSON file in any of the encodings decode knows. */
export const readJson = (file: string): unknown => JSON.parse(decode(fs.readFileSync(file)))

export interface CorpusFile<T = unknown> {
  /** `dir/file.json`, e.g. real/newman__bom-in-environment-file.postman_environment.json. */
  name: string
  doc: T
}

/** Every document of the corpus (checked by requireShared first), sorted by file name within each folder. */
export function readCorpus<T = unknown>(): Array<CorpusFile<T>> {
  requireShared()
  return CORPUS_DIRS.flatMap((dir) =>
    fs
      .readdirSync(path.join(CORPUS, dir))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => ({ name: `${dir}/${f}`, doc: readJson(path.join(CORPUS, dir, f)) as T }))
  )
}

/** Environments by their file name, as people name them (Postman's exports end in .postman_environment.json). */
export const isEnvironmentFile = (name: string) => /environment/i.test(path.basename(name))
