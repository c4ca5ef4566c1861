// Pull requests of the local GitHub server: what is stored, and the bodies of pulls/list (pull-request-simple)
// and pulls/get, create, update (pull-request), shaped like api.github.com's.
import { isoDate, nodeId, repoApi, repoWeb, repositoryJson, userJson, type RepoUrls } from './bodies.js'

export interface PullUser {
  login: string
  id: number
  type: 'User' | 'Bot'
}

export interface PullRecord {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  maintainerCanModify: boolean
  /** Head and base branch names (both in the same repository: forks are not modelled). */
  head: string
  base: string
  /** Last known commits of head and base (kept when a branch is deleted, as GitHub does). */
  headSha: string
  baseSha: string
  user: PullUser
  createdAt: Date
  updatedAt: Date
  closedAt: Date | null
  /** Set when a test merged it with server.mergePullRequest. */
  mergedAt: Date | null
  mergeCommitSha: string | null
}

/** The users behind the server's token kinds (github-actions[bot] is GitHub's real login and ID). */
export const WORKFLOW_USER: PullUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
export const APP_USER: PullUser = { login: 'test-app[bot]', id: 41898300, type: 'Bot' }
export const PAT_USER: PullUser = { login: 'test-user', id: 583231, type: 'User' }

function userOf(u: RepoUrls, user: PullUser) {
  return userJson(u, user.login, user.id, user.type)
}

function branchRefJson(u: RepoUrls, branch: string, sha: string) {
  // The `repository` schema here has no temp_clone_token (null in a full repository).
  const { temp_clone_token: _unused, ...repo } = repositoryJson(u, undefined, 0)
  return {
    label: `${u.repo.owner}:${branch}`,
    ref: branch,
    sha,
    user: userJson(u, u.repo.owner, u.repo.ownerId),
    repo
  }
}

/** The fields pull-request-simple and pull-request share. */
function pullBaseJson(u: RepoUrls, pr: PullRecord) {
  const api = repoApi(u)
  const self = `${api}/pulls/${pr.number}`
  const html = `${repoWeb(u)}/pull/${pr.number}`
  const issue = `${api}/issues/${pr.number}`
  const statuses = `${api}/statuses/${pr.headSha}`
  return {
    url: self,
    id: pr.id,
    node_id: nodeId('PullRequest', pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userOf(u, pr.user),
    body: pr.body,
    created_at: isoDate(pr.createdAt),
    updated_at: isoDate(pr.updatedAt),
    closed_at: pr.closedAt ? isoDate(pr.closedAt) : null,
    merged_at: pr.mergedAt ? isoDate(pr.mergedAt) : null,
    merge_commit_sha: pr.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: [],
    milestone: null,
    draft: pr.draft,
    commits_url: `${self}/commits`,
    review_comments_url: `${self}/comments`,
    review_comment_url: `${api}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: statuses,
    head: branchRefJson(u, pr.head, pr.headSha),
    base: branchRefJson(u, pr.base, pr.baseSha),
    _links: {
      self: { href: self },
      html: { href: html },
      issue: { href: issue },
      comments: { href: `${issue}/comments` },
      review_comments: { href: `${self}/comments` },
      review_comment: { href: `${api}/pulls/comments{/number}` },
      commits: { href: `${self}/commits` },
      statuses: { href: statuses }
    },
    author_association: pr.user.type === 'Bot' ? 'NONE' : 'OWNER',
    auto_merge: null,
    active_lock_reason: null
  }
}

/** An item of pulls/list. */
export function pullRequestSimpleJson(u: RepoUrls, pr: PullRecord) {
  return pullBaseJson(u, pr)
}

/** What the head adds over the base, for the counts of a full pull request. */
export interface PullDiffStats {
  commits: number
  additions: number
  deletions: number
  changedFiles: number
}

/** pulls/get, pulls/create, pulls/update. */
export function pullRequestJson(u: RepoUrls, pr: PullRecord, stats: PullDiffStats) {
  const merged = pr.mergedAt !== null
  return {
    ...pullBaseJson(u, pr),
    merged,
    // GitHub computes mergeability in the background; a fresh pull request says null until it has.
    mergeable: pr.state === 'open' ? true : null,
    rebaseable: pr.state === 'open' ? true : null,
    mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: pr.maintainerCanModify,
    commits: stats.commits,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changedFiles
  }
}
