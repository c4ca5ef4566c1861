// The git side of the local GitHub server: one bare repository per GitHub repository, driven
// through the git CLI (plumbing only), isolated from the machine's git configuration.
import { execFile } from 'node:child_process'
import { promises as fs } from 'node:fs'
import path from 'node:path'

export const ZERO_SHA = '0000000000000000000000000000000000000000'
export const SHA_RE = /^[0-9a-f]{40}$/

export type ObjectType = 'blob' | 'tree' | 'commit' | 'tag'

export interface Identity {
  name: string
  email: string
  /** Defaults to now. */
  date?: Date
}

export interface Signature {
  name: string
  email: string
  date: Date
}

export interface CommitInfo {
  sha: string
  tree: string
  parents: string[]
  author: Signature
  committer: Signature
  message: string
}

export interface TreeEntry {
  mode: string
  type: 'blob' | 'tree' | 'commit'
  sha: string
  /** Blob size in bytes; null for trees and submodules. */
  size: number | null
  /** Path relative to the listed tree. */
  path: string
}

export type RefMap = Map<string, { sha: string; type: ObjectType }>

export function hasBranches(refs: RefMap): boolean {
  for (const name of refs.keys()) if (name.startsWith('refs/heads/')) return true
  return false
}

/** One change to a tree: set `path` to an object, or delete it (a file, or a whole folder). */
export type TreeChange = { path: string; mode: string; sha: string } | { path: string; delete: true }

export class GitCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stderr: string
  ) {
    super(`git ${args.join(' ')} failed (${exitCode}): ${stderr.trim()}`)
  }
}

interface RunOptions {
  input?: Buffer | string
  env?: Record<string, string>
}

/** Environment for git that does not depend on the machine: no system/global config, no inherited GIT_* variables. */
export function isolatedGitEnv(home: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('GIT_')) env[key] = value
  }
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    GIT_TERMINAL_PROMPT: '0',
    GIT_LITERAL_PATHSPECS: '1',
    GIT_ADVICE: '0',
    LC_ALL: 'C'
  }
}

function gitDate(date: Date): string {
  return `@${Math.floor(date.getTime() / 1000)} +0000`
}

function parseSignature(line: string): Signature {
  // "Name <email> 1700000000 +0100"
  const m = /^(.*) <(.*)> (\d+) ([+-]\d{4})$/.exec(line)
  if (!m) return { name: line, email: '', date: new Date(0) }
  return { name: m[1], email: m[2], date: new Date(Number(m[3]) * 1000) }
}

export function parseCommit(sha: string, raw: Buffer): CommitInfo {
  const text = raw.toString('utf8')
  const split = text.indexOf('\n\n')
  const header = split === -1 ? text : text.slice(0, split)
  const message = split === -1 ? '' : text.slice(split + 2)
  const info: CommitInfo = {
    sha,
    tree: '',
    parents: [],
    author: { name: '', email: '', date: new Date(0) },
    committer: { name: '', email: '', date: new Date(0) },
    message
  }
  for (const line of header.split('\n')) {
    const space = line.indexOf(' ')
    const key = line.slice(0, space)
    const value = line.slice(space + 1)
    if (key === 'tree') info.tree = value
    else if (key === 'parent') info.parents.push(value)
    else if (key === 'author') info.author = parseSignature(value)
    else if (key === 'committer') info.committer = parseSignature(value)
  }
  return info
}

function parseLsTree(out: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = []
  for (const record of out.toString('utf8').split('\0')) {
    if (!record) continue
    // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
    const tab = record.indexOf('\t')
    const [mode, type, sha, size] = record.slice(0, tab).split(/ +/)
    entries.push({
      mode,
      type: type as TreeEntry['type'],
      sha,
      size: size === '-' || size === undefined ? null : Number(size),
      path: record.slice(tab + 1)
    })
  }
  return entries
}

/** A bare repository with a promise-chain mutex for its writes. */
export class GitRepo {
  private chain: Promise<unknown> = Promise.resolve()

  constructor(
    readonly dir: string,
    private readonly env: NodeJS.ProcessEnv
  ) {}

  /** Runs `fn` after every earlier exclusive section of this repository has finished. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.chain.then(fn, fn)
    this.chain = run.catch(() => undefined)
    return run
  }

  /** Resolves when every exclusive section queued so far has finished. */
  async idle(): Promise<void> {
    await this.chain
  }

  run(args: string[], options: RunOptions = {}): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        {
          cwd: this.dir,
          env: { ...this.env, GIT_DIR: this.dir, ...options.env },
          encoding: 'buffer',
          maxBuffer: 512 * 1024 * 1024
        },
        (error, stdout, stderr) => {
          if (error) {
            const code = typeof error.code === 'number' ? error.code : null
            reject(new GitCommandError(args, code, Buffer.isBuffer(stderr) ? stderr.toString('utf8') : String(stderr)))
          } else resolve(stdout)
        }
      )
      child.stdin?.on('error', () => undefined)
      child.stdin?.end(options.input ?? '')
    })
  }

  /** Like run, but answers null when git exits with a non-zero code. */
  async tryRun(args: string[], options: RunOptions = {}): Promise<Buffer | null> {
    try {
      return await this.run(args, options)
    } catch (error) {
      if (error instanceof GitCommandError && error.exitCode !== null) return null
      throw error
    }
  }

  /** `git init --bare`; `templateDir` (e.g. an empty folder) skips copying git's sample hooks. */
  async init(defaultBranch: string, templateDir?: string): Promise<void> {
    await fs.mkdir(this.dir, { recursive: true })
    const args = ['init', '--quiet', '--bare', `--initial-branch=${defaultBranch}`]
    if (templateDir) args.push(`--template=${templateDir}`)
    await this.run([...args, this.dir])
  }

  async setHead(branch: string): Promise<void> {
    await this.run(['symbolic-ref', 'HEAD', `refs/heads/${branch}`])
  }

  /** Every ref with the object it points to (one git call). */
  async refs(): Promise<RefMap> {
    const out = await this.run(['for-each-ref', '--format=%(objectname) %(objecttype) %(refname)'])
    const refs: RefMap = new Map()
    for (const line of out.toString('utf8').split('\n')) {
      if (!line) continue
      const [sha, type, ...name] = line.split(' ')
      refs.set(name.join(' '), { sha, type: type as ObjectType })
    }
    return refs
  }

  /** True when the repository has no branch at all (GitHub's "empty repository"). */
  async isEmpty(refs?: RefMap): Promise<boolean> {
    return !hasBranches(refs ?? (await this.refs()))
  }

  /** The object a full ref name points to, or null. */
  async refTarget(refName: string, refs?: RefMap): Promise<string | null> {
    return (refs ?? (await this.refs())).get(refName)?.sha ?? null
  }

  async branchHead(branch: string, refs?: RefMap): Promise<string | null> {
    return this.refTarget(`refs/heads/${branch}`, refs)
  }

  /**
   * Resolves a branch name, tag name, `heads/x`-style or full ref name, or a full commit SHA to a
   * commit SHA (peeling tags). Null when nothing matches.
   */
  async resolveCommit(ref: string, refs?: RefMap): Promise<string | null> {
    const found = await this.resolveObject(ref, refs)
    if (!found) return null
    return found.type === 'commit' ? found.sha : this.peel(found.sha, 'commit')
  }

  /** Resolves a name as resolveCommit does, without peeling; null when unknown. */
  async resolveObject(ref: string, refs?: RefMap): Promise<{ sha: string; type: ObjectType } | null> {
    if (SHA_RE.test(ref)) {
      const type = await this.objectType(ref)
      return type ? { sha: ref, type } : null
    }
    const all = refs ?? (await this.refs())
    const candidates = ref.startsWith('refs/') ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`, `refs/${ref}`]
    for (const candidate of candidates) {
      const found = all.get(candidate)
      if (found) return found
    }
    return null
  }

  /** Follows annotated tags (and, for 'tree', commits) until an object of `type`; null if it is not reachable. */
  async peel(sha: string, type: 'commit' | 'tree'): Promise<string | null> {
    const out = await this.tryRun(['rev-parse', '--verify', '--quiet', `${sha}^{${type}}`])
    return out ? out.toString('utf8').trim() : null
  }

  async objectType(sha: string): Promise<ObjectType | null> {
    if (!SHA_RE.test(sha)) return null
    const out = await this.tryRun(['cat-file', '-t', sha])
    return out ? (out.toString('utf8').trim() as ObjectType) : null
  }

  async readCommit(sha: string): Promise<CommitInfo | null> {
    if (!SHA_RE.test(sha)) return null
    const raw = await this.tryRun(['cat-file', 'commit', sha])
    return raw ? parseCommit(sha, raw) : null
  }

  async readBlob(sha: string): Promise<Buffer> {
    return this.run(['cat-file', 'blob', sha])
  }

  async objectSize(sha: string): Promise<number> {
    return Number((await this.run(['cat-file', '-s', sha])).toString('utf8').trim())
  }

  /** Lists a tree (`sha`, or `commit:dir`): its direct children, or with `recursive` every entry below it including subtrees. */
  async lsTree(treeish: string, recursive = false, showTrees = true): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-l', '-z']
    if (recursive) args.push('-r')
    if (recursive && showTrees) args.push('-t')
    args.push(treeish)
    return parseLsTree(await this.run(args))
  }

  /** The tree entry at `filePath` in `commit` ('' for the root tree), or null. */
  async entryAt(commit: string, filePath: string): Promise<TreeEntry | null> {
    if (filePath === '') {
      const tree = await this.peel(commit, 'tree')
      return tree ? { mode: '040000', type: 'tree', sha: tree, size: null, path: '' } : null
    }
    const slash = filePath.lastIndexOf('/')
    const parent = slash === -1 ? '' : filePath.slice(0, slash)
    const name = filePath.slice(slash + 1)
    const out = await this.tryRun(['ls-tree', '-l', '-z', `${commit}:${parent}`])
    if (!out) return null
    const entry = parseLsTree(out).find((e) => e.path === name)
    return entry ? { ...entry, path: filePath } : null
  }

  /** The nearest folder above `filePath` that is not a folder in `commit` but a file (or submodule), or null. */
  async fileAbove(commit: string, filePath: string): Promise<TreeEntry | null> {
    const parts = filePath.split('/')
    // Walking up: below a file nothing resolves, so the first ancestor that exists is the answer.
    for (let i = parts.length - 1; i > 0; i--) {
      const entry = await this.entryAt(commit, parts.slice(0, i).join('/'))
      if (entry) return entry.type === 'tree' ? null : entry
    }
    return null
  }

  async writeBlob(content: Buffer): Promise<string> {
    return (await this.run(['hash-object', '-w', '--stdin'], { input: content })).toString('utf8').trim()
  }

  /**
   * The tree `changes` make of `base` (a tree-ish SHA, or none). Setting a path replaces whatever was
   * in the way (a file where a folder is needed, or the reverse). Only the folders on the changed
   * paths are read and written again, so a change costs the same in a repository of 200,000 files as
   * in one of ten, as GitHub's base_tree does.
   */
  async buildTree(base: string | null, changes: TreeChange[]): Promise<string> {
    // A folder on a changed path: its entries, read from git when first entered.
    interface Folder {
      entries: Map<string, { mode: string; sha: string } | Folder>
    }
    const isFolder = (e: { mode: string; sha: string } | Folder | undefined): e is Folder =>
      e !== undefined && 'entries' in e
    const open = async (sha: string | null): Promise<Folder> => {
      const entries = new Map<string, { mode: string; sha: string } | Folder>()
      if (sha) for (const e of await this.lsTree(sha)) entries.set(e.path, { mode: e.mode, sha: e.sha })
      return { entries }
    }
    const root = await open(base)
    for (const change of changes) {
      const parts = change.path.split('/')
      const name = parts.pop() as string
      let folder: Folder | undefined = root
      for (const part of parts) {
        const entry: { mode: string; sha: string } | Folder | undefined = folder.entries.get(part)
        let next: Folder | undefined
        if (isFolder(entry)) next = entry
        else if (entry?.mode === '040000') next = await open(entry.sha)
        else if ('delete' in change)
          next = undefined // nothing to delete below a file or nothing
        else next = await open(null) // a file cannot stay where a folder is now needed
        if (!next) {
          folder = undefined
          break
        }
        folder.entries.set(part, next)
        folder = next
      }
      if (!folder) continue
      if ('delete' in change) folder.entries.delete(name)
      else folder.entries.set(name, { mode: change.mode, sha: change.sha })
    }
    // Entered folders written bottom-up; an emptied folder disappears, as with an index.
    const write = async (folder: Folder): Promise<string | null> => {
      const lines: string[] = []
      for (const [name, entry] of folder.entries) {
        if (isFolder(entry)) {
          const sha = await write(entry)
          if (sha) lines.push(`040000 tree ${sha}\t${name}\0`)
          continue
        }
        const type = entry.mode === '040000' ? 'tree' : entry.mode === '160000' ? 'commit' : 'blob'
        lines.push(`${entry.mode} ${type} ${entry.sha}\t${name}\0`)
      }
      if (lines.length === 0) return null
      return (await this.run(['mktree', '-z', '--missing'], { input: lines.join('') })).toString('utf8').trim()
    }
    return (await write(root)) ?? (await this.run(['mktree', '-z'], { input: '' })).toString('utf8').trim()
  }

  async commitTree(
    tree: string,
    parents: string[],
    message: string,
    author: Identity,
    committer: Identity
  ): Promise<string> {
    const now = new Date()
    const env = {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_AUTHOR_DATE: gitDate(author.date ?? now),
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      GIT_COMMITTER_DATE: gitDate(committer.date ?? now)
    }
    const args = ['commit-tree', tree]
    for (const parent of parents) args.push('-p', parent)
    return (await this.run(args, { input: message, env })).toString('utf8').trim()
  }

  /** commit-tree, answering the commit as readCommit would (dates default to now, to the second). */
  async createCommit(
    tree: string,
    parents: string[],
    message: string,
    author: Identity,
    committer: Identity
  ): Promise<CommitInfo> {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000)
    const sig = (i: Identity): Signature => ({
      name: i.name,
      email: i.email,
      date: i.date ? new Date(Math.floor(i.date.getTime() / 1000) * 1000) : now
    })
    const a = sig(author)
    const c = sig(committer)
    const sha = await this.commitTree(tree, parents, message, a, c)
    return { sha, tree, parents, author: a, committer: c, message }
  }

  /** Compare-and-swap: moves `ref` to `newSha` only if it is still at `oldSha` (ZERO_SHA: must not exist). */
  async updateRef(ref: string, newSha: string, oldSha: string): Promise<boolean> {
    return (await this.tryRun(['update-ref', ref, newSha, oldSha])) !== null
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.tryRun(['merge-base', '--is-ancestor', ancestor, descendant])) !== null
  }

  async isValidRefName(ref: string): Promise<boolean> {
    if (ref.startsWith('-')) return false
    return (await this.tryRun(['check-ref-format', ref])) !== null
  }
}
