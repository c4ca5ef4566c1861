// Literal secrets: a collection and an environment with a secret planted where people really type
// them (test-servers/planted-secrets.ts, made at run time), backed up by the built action into a
// repository with GitHub's push protection on. Figures: planted / removed / leaked; the policy `off`
// meets push protection with a message that names the file; the real corpus's hits.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { figures, makeSecrets, plantedCollection, plantedEnvironment } from '../../test-servers/planted-secrets.js'
import { clip, DIR, type Case, type CaseEnv } from '../harness.js'
import { exitNote } from './common.js'

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus', 'real')

/** The planted collection and environment on this case's Postman server, and every planted value. */
function plant(env: CaseEnv) {
  const collection = plantedCollection(makeSecrets(), makeSecrets())
  const environment = plantedEnvironment(makeSecrets())
  const { doc: collectionDoc } = collection
  const info = collectionDoc.info as { name: string }
  env.collection(collectionDoc)
  env.postman.addEnvironment(environment.doc)
  const secrets = [...collection.plants, ...environment.plants].map((p) => p.secret)
  return { collection, environment, name: info.name, envName: environment.doc.name, secrets }
}

export function secretCases(): Case[] {
  return [
    {
      name: 'secrets/planted in a collection and an environment, default settings, push protection on',
      expected:
        'exit 0, 1 commit; every planted secret removed from the committed files (leaked 0); push protection never triggered',
      async run(env, c) {
        const repo = await env.repo()
        env.github.repoSettings(repo).pushProtection = true
        const planted = plant(env)
        const run = await env.run(repo, { collection: '*', environment: '*' })
        const stored = await env.file(repo, `${DIR}/${planted.name}.postman_collection.json`)
        const storedEnv = await env.file(repo, `${DIR}/${planted.envName}.postman_environment.json`)
        const both = [...planted.collection.plants, ...planted.environment.plants]
        const counts = figures(both, `${stored ?? ''}\n${storedEnv ?? ''}`)
        const refusals = env.ghRequests(repo).filter((r) => r.status === 409).length
        c.note(
          `${exitNote(run)}; planted ${counts.planted} / removed ${counts.removed} / leaked ${counts.leaked}; ${refusals} push-protection refusals`
        )
        c.eq(refusals, 0, 'push-protection refusals')
        c.eq(run.exitCode, 0, 'exit')
        c.ok(stored !== null && storedEnv !== null, 'both files are on main')
        c.eq(counts.leaked, 0, 'planted secrets left in the committed files')
        const visible = `${run.stdout}${run.stderr}${run.summary}${JSON.stringify(run.outputs)}`
        c.ok(
          !planted.secrets.some((s) => visible.includes(s)),
          'a planted secret appears in the log, summary or outputs'
        )
      }
    },
    {
      name: 'secrets/secret-scan off into a repository with push protection',
      expected:
        'exit 1; GitHub refuses the push (GH013) and the message names the file and suggests secret-scan: redact; no secret printed',
      async run(env, c) {
        const repo = await env.repo()
        env.github.repoSettings(repo).pushProtection = true
        const planted = plant(env)
        const head = await env.head(repo)
        const run = await env.run(repo, { collection: '*', environment: '*', 'secret-scan': 'off' })
        c.note(`${exitNote(run)}; "${clip(run.error, 160)}"`)
        c.eq(run.exitCode, 1, 'exit')
        c.match(run.error, /push protection|Push cannot contain secrets|GH013/i, 'error (says GitHub refused a secret)')
        c.match(run.error, /secret-scan/, 'error (names the secret-scan input)')
        c.match(run.error, /postman_(collection|environment)\.json|Postman collections\//, 'error (names the file)')
        c.ok((await env.head(repo)) === head, 'main moved although GitHub refused the push')
        const visible = `${run.stdout}${run.stderr}${run.summary}`
        c.ok(!planted.secrets.some((s) => visible.includes(s)), 'a planted secret appears in the log or summary')
      }
    },
    {
      name: 'secrets/hits on the real corpus (../shared/corpus/real)',
      expected: 'every file scanned; hits are literal credentials in published collections, at most 100 in all',
      async run(_env, c) {
        if (!existsSync(CORPUS)) {
          c.note('../shared/corpus/real is not beside the project; nothing to scan')
          return
        }
        const { scanDocument } = await import('../../src/scan/index.js')
        let files = 0
        let hits = 0
        const byRule = new Map<string, number>()
        for (const name of readdirSync(CORPUS).filter((n) => n.endsWith('.json'))) {
          let doc: unknown
          try {
            const bytes = readFileSync(join(CORPUS, name))
            const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le') : bytes.toString('utf8')
            doc = JSON.parse(text.replace(/^\uFEFF/, ''))
          } catch {
            continue
          }
          files++
          const result = await scanDocument(doc, { policy: 'warn' })
          for (const f of result.findings) {
            hits++
            byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1)
          }
        }
        const rules = [...byRule]
          .sort((a, b) => b[1] - a[1])
          .map(([rule, n]) => `${rule.replace(/^@secretlint\/secretlint-rule-/, '')} ${n}`)
        c.note(`${files} files, ${hits} hits (${rules.join(', ')})`)
        c.ok(files > 0, 'no corpus file could be read')
        c.ok(hits <= 100, `${hits} hits: more than the 85 reviewed ones; look for new false positives`)
      }
    }
  ]
}
