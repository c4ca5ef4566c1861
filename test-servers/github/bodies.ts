// Answer bodies shaped like api.github.com's (checked against GitHub's OpenAPI description in
// __tests__/test-servers/github-openapi.test.ts).
import type { CommitInfo, Signature, TreeEntry } from './git.js'

export interface RepoInfo {
  id: number
  owner: string
  ownerId: number
  name: string
  private: boolean
  defaultBranch: string
  createdAt: Date
  updatedAt: Date
  pushedAt: Date
}

/** Where URLs in answers point: `api` is the server's base URL (with prefix), `web` stands in for https://github.com. */
export interface Urls {
  api: string
  web: string
}

export interface RepoUrls extends Urls {
  repo: RepoInfo
}

/** GitHub's legacy global node IDs: base64 of "<len(type)>:<type><id>". */
export function nodeId(type: string, id: string | number): string {
  return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`).toString('base64')
}

/** ISO 8601 without milliseconds, as GitHub writes dates. */
export function isoDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Base64 wrapped at 60 characters, every line ending in \n (Ruby's Base64.encode64, as GitHub sends it). */
export function wrappedBase64(data: Buffer): string {
  const b64 = data.toString('base64')
  let out = ''
  for (let i = 0; i < b64.length; i += 60) out += `${b64.slice(i, i + 60)}\n`
  return out
}

export function encodePath(p: string): string {
  return p
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

export const repoApi = (u: RepoUrls) => `${u.api}/repos/${u.repo.owner}/${u.repo.name}`
export const repoWeb = (u: RepoUrls) => `${u.web}/${u.repo.owner}/${u.repo.name}`

export function userJson(u: Urls, login: string, id: number, type: 'User' | 'Organization' | 'Bot' = 'User') {
  // Bot logins end in "[bot]", which GitHub percent-encodes in URLs; a bot's page is its app's.
  const api = `${u.api}/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: nodeId(type, id),
    avatar_url: `${u.web}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url:
      type === 'Bot' ? `${u.web}/apps/${encodeURIComponent(login.replace(/\[bot\]$/, ''))}` : `${u.web}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false
  }
}

export interface Permissions {
  admin: boolean
  maintain: boolean
  push: boolean
  triage: boolean
  pull: boolean
}

export function repositoryJson(u: RepoUrls, permissions: Permissions | undefined, sizeKb: number) {
  const r = u.repo
  const api = repoApi(u)
  const web = repoWeb(u)
  const host = new URL(u.web).host
  return {
    id: r.id,
    node_id: nodeId('Repository', r.id),
    name: r.name,
    full_name: `${r.owner}/${r.name}`,
    private: r.private,
    owner: userJson(u, r.owner, r.ownerId),
    html_url: web,
    description: null,
    fork: false,
    url: api,
    forks_url: `${api}/forks`,
    keys_url: `${api}/keys{/key_id}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`,
    hooks_url: `${api}/hooks`,
    issue_events_url: `${api}/issues/events{/number}`,
    events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`,
    branches_url: `${api}/branches{/branch}`,
    tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`,
    statuses_url: `${api}/statuses/{sha}`,
    languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`,
    contributors_url: `${api}/contributors`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    commits_url: `${api}/commits{/sha}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    contents_url: `${api}/contents/{+path}`,
    compare_url: `${api}/compare/{base}...{head}`,
    merges_url: `${api}/merges`,
    archive_url: `${api}/{archive_format}{/ref}`,
    downloads_url: `${api}/downloads`,
    issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
    created_at: isoDate(r.createdAt),
    updated_at: isoDate(r.updatedAt),
    pushed_at: isoDate(r.pushedAt),
    git_url: `git://${host}/${r.owner}/${r.name}.git`,
    ssh_url: `git@${host}:${r.owner}/${r.name}.git`,
    clone_url: `${web}.git`,
    svn_url: web,
    homepage: null,
    size: sizeKb,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: 0,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: r.private ? 'private' : 'public',
    forks: 0,
    open_issues: 0,
    watchers: 0,
    default_branch: r.defaultBranch,
    ...(permissions ? { permissions } : {}),
    temp_clone_token: null,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_rebase_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    allow_update_branch: false,
    use_squash_pr_title_as_default: false,
    squash_merge_commit_message: 'COMMIT_MESSAGES',
    squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
    merge_commit_message: 'PR_TITLE',
    merge_commit_title: 'MERGE_MESSAGE',
    network_count: 0,
    subscribers_count: 0
  }
}

const signatureJson = (s: Signature) => ({ name: s.name, email: s.email, date: isoDate(s.date) })

const UNSIGNED = { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }

/** A git commit object (git/get-commit, git/create-commit, and the `commit` of a contents write). */
export function gitCommitJson(u: RepoUrls, c: CommitInfo) {
  const api = repoApi(u)
  return {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    url: `${api}/git/commits/${c.sha}`,
    html_url: `${repoWeb(u)}/commit/${c.sha}`,
    author: signatureJson(c.author),
    committer: signatureJson(c.committer),
    tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((p) => ({ sha: p, url: `${api}/git/commits/${p}`, html_url: `${repoWeb(u)}/commit/${p}` })),
    verification: UNSIGNED
  }
}

/** The REST "commit" object (as in repos/get-branch). Authors are not GitHub users here, so author/committer are null. */
export function commitJson(u: RepoUrls, c: CommitInfo) {
  const api = repoApi(u)
  return {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    commit: {
      author: signatureJson(c.author),
      committer: signatureJson(c.committer),
      message: c.message,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      url: `${api}/git/commits/${c.sha}`,
      comment_count: 0,
      verification: UNSIGNED
    },
    url: `${api}/commits/${c.sha}`,
    html_url: `${repoWeb(u)}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    author: null,
    committer: null,
    parents: c.parents.map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${repoWeb(u)}/commit/${p}` }))
  }
}

/** A branch as repos/get-branch answers it; `isProtected` when branch protection or a ruleset covers it. */
export function branchJson(u: RepoUrls, name: string, c: CommitInfo, isProtected = false) {
  const api = repoApi(u)
  const encoded = encodeURIComponent(name)
  return {
    name,
    commit: commitJson(u, c),
    _links: { self: `${api}/branches/${encoded}`, html: `${repoWeb(u)}/tree/${name}` },
    protected: isProtected,
    protection: {
      enabled: isProtected,
      required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] }
    },
    protection_url: `${api}/branches/${encoded}/protection`
  }
}

export function refJson(u: RepoUrls, ref: string, sha: string, type: string) {
  const api = repoApi(u)
  return {
    ref,
    node_id: nodeId('Ref', ref),
    url: `${api}/git/${ref}`,
    object: { sha, type, url: `${api}/git/${type === 'tag' ? 'tags' : `${type}s`}/${sha}` }
  }
}

export function treeEntryJson(u: RepoUrls, e: TreeEntry) {
  const api = repoApi(u)
  const base = { path: e.path, mode: e.mode, type: e.type, sha: e.sha }
  if (e.type === 'blob') return { ...base, size: e.size ?? 0, url: `${api}/git/blobs/${e.sha}` }
  if (e.type === 'tree') return { ...base, url: `${api}/git/trees/${e.sha}` }
  return base
}

/**
 * A tree as GET git/trees answers it. With `limit`, at most `limit.entries` entries and `limit.bytes` bytes of
 * them are listed, and `truncated` says whether some were left out (GitHub's 100,000 entries / 7 MB).
 */
export function treeJson(u: RepoUrls, sha: string, entries: TreeEntry[], limit?: { entries: number; bytes: number }) {
  const tree: Array<ReturnType<typeof treeEntryJson>> = []
  let bytes = 0
  for (const e of entries) {
    const json = treeEntryJson(u, e)
    if (limit) {
      bytes += JSON.stringify(json).length + 1
      if (tree.length >= limit.entries || bytes > limit.bytes) break
    }
    tree.push(json)
  }
  return { sha, url: `${repoApi(u)}/git/trees/${sha}`, tree, truncated: tree.length < entries.length }
}

export function contentType(e: TreeEntry): 'file' | 'dir' | 'symlink' | 'submodule' {
  if (e.type === 'tree') return 'dir'
  if (e.type === 'commit') return 'submodule'
  return e.mode === '120000' ? 'symlink' : 'file'
}

/**
 * The metadata of one path as the contents API lists it. `e.path` is the full path in the repository.
 * `download` builds the download URL of a file.
 */
export function contentEntryJson(
  u: RepoUrls,
  e: TreeEntry,
  ref: string,
  download: (path: string) => string,
  inListing = false
) {
  const api = repoApi(u)
  let type = contentType(e)
  // "When listing the contents of a directory, submodules have their type specified as file."
  if (inListing && type === 'submodule') type = 'file'
  const self = `${api}/contents/${encodePath(e.path)}?ref=${encodeURIComponent(ref)}`
  const git = e.type === 'tree' ? `${api}/git/trees/${e.sha}` : e.type === 'blob' ? `${api}/git/blobs/${e.sha}` : null
  const html = `${repoWeb(u)}/${e.type === 'tree' ? 'tree' : 'blob'}/${ref}/${e.path}`
  return {
    name: e.path.slice(e.path.lastIndexOf('/') + 1),
    path: e.path,
    sha: e.sha,
    size: e.size ?? 0,
    url: self,
    html_url: html,
    git_url: git,
    download_url: e.type === 'blob' ? download(e.path) : null,
    type,
    _links: { self, git, html }
  }
}
