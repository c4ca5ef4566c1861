// Fills a repository of the local GitHub server with many unrelated files in one commit, with
// `git fast-import` straight into its bare repository (seconds, where the API would need a request per
// file): the monorepo a team backs up into.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isolatedGitEnv } from '../test-servers/github/git.js'

/**
 * Commits `files` small files on top of `branch` of the bare repository `gitDir`, as
 * `monorepo/pkg-NNN/file-NNNN.txt`, `perFolder` to a folder. Answers the new commit.
 */
export async function addUnrelatedFiles(
  gitDir: string,
  branch: string,
  files: number,
  perFolder = 400
): Promise<string> {
  const home = mkdtempSync(join(tmpdir(), 'bench-git-home-'))
  try {
    const env = { ...isolatedGitEnv(home), GIT_DIR: gitDir }
    const child = spawn('git', ['fast-import', '--quiet', '--done'], { env, stdio: ['pipe', 'ignore', 'pipe'] })
    const stderr: Buffer[] = []
    child.stderr.on('data', (d: Buffer) => stderr.push(d))
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve))
    const write = (text: string) =>
      child.stdin.write(text) ? Promise.resolve() : new Promise<void>((resolve) => child.stdin.once('drain', resolve))
    const pad = (n: number, width: number) => String(n).padStart(width, '0')
    const pathOf = (i: number) => `monorepo/pkg-${pad(Math.floor(i / perFolder), 3)}/file-${pad(i % perFolder, 4)}.txt`
    // Blobs first (marks 1..files), then one commit naming them all.
    let chunk = ''
    for (let i = 0; i < files; i++) {
      const content = `unrelated file ${i}\n${'x'.repeat(i % 64)}\n`
      chunk += `blob\nmark :${i + 1}\ndata ${Buffer.byteLength(content)}\n${content}\n`
      if (chunk.length > 1 << 20) {
        await write(chunk)
        chunk = ''
      }
    }
    const message = `Add ${files} unrelated files\n`
    const when = `${Math.floor(Date.now() / 1000)} +0000`
    chunk += `commit refs/heads/${branch}\nmark :${files + 1}\n`
    chunk += `author Monorepo <monorepo@example.com> ${when}\ncommitter Monorepo <monorepo@example.com> ${when}\n`
    chunk += `data ${Buffer.byteLength(message)}\n${message}from refs/heads/${branch}^0\n`
    for (let i = 0; i < files; i++) {
      chunk += `M 100644 :${i + 1} ${pathOf(i)}\n`
      if (chunk.length > 1 << 20) {
        await write(chunk)
        chunk = ''
      }
    }
    await write(`${chunk}\ndone\n`)
    child.stdin.end()
    const code = await exited
    if (code !== 0) throw new Error(`git fast-import failed (${code}): ${Buffer.concat(stderr).toString('utf8')}`)
    return await new Promise<string>((resolve, reject) => {
      const rev = spawn('git', ['rev-parse', `refs/heads/${branch}`], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      const out: Buffer[] = []
      rev.stdout.on('data', (d: Buffer) => out.push(d))
      rev.on('close', (c) =>
        c === 0 ? resolve(Buffer.concat(out).toString('utf8').trim()) : reject(new Error('rev-parse failed'))
      )
    })
  } finally {
    rmSync(home, { recursive: true, force: true })
  }
}
