// Branch protection, rulesets and secret scanning push protection as the local GitHub server models them:
// what GitHub refuses and the words it refuses with.
//
// Sources of the texts (GitHub documents the status codes, not the messages; these are quoted from real answers):
// - Classic branch protection, PUT contents: 409 "Could not update file: … Changes must be made through a pull
//   request." with documentation_url docs.github.com/articles/about-protected-branches
//   (BobAnkh/auto-generate-changelog#78).
// - Classic branch protection, PATCH git/refs: 422 "Changes must be made through a pull request."
//   (googleapis/repo-automation-bots#5551); the same rule rejects a git push with
//   "GH006: Protected branch update failed for refs/heads/<branch>." (many public reports).
// - Rulesets, PATCH git/refs: 422 "Repository rule violations found\n\nChanges must be made through a pull
//   request.\n\n" (satisfactory-factories/application#67 quotes it with docs.github.com/rest/git/refs#update-a-reference);
//   PUT contents answers 409 with the same text (real-limits.md).
// - Push protection: "Create a blob" and "Create or update file contents" answer 409 when the content holds a
//   supported secret (docs: working-with-push-protection-from-the-rest-api; changelog 2024-08-13), with a
//   placeholder_id for a bypass. The text below mirrors the GH013 block git push prints
//   (palxiao/poster-design#140 and others): "GH013: Repository rule violations found for refs/heads/<branch>.",
//   "- GITHUB PUSH PROTECTION", "- Push cannot contain secrets", "—— <secret type> ——", "locations:".
import { createHash, randomBytes } from 'node:crypto'

export type ProtectionKind = 'branch-protection' | 'ruleset'

export interface BranchProtection {
  kind: ProtectionKind
}

export const PROTECTED_BRANCHES_DOCS = 'https://docs.github.com/articles/about-protected-branches'

/** The one rule modelled: changes reach a protected branch only through a pull request. */
export const PULL_REQUEST_REQUIRED = 'Changes must be made through a pull request.'

/** Rulesets' answer to a direct write (422 for git/refs, 409 for contents). */
export const RULESET_VIOLATION_MESSAGE = `Repository rule violations found\n\n${PULL_REQUEST_REQUIRED}\n\n`

/** Classic branch protection's answer to PATCH git/refs (422). */
export const BRANCH_PROTECTION_REF_MESSAGE = PULL_REQUEST_REQUIRED

/** Classic branch protection's answer to PUT contents (409). */
export const BRANCH_PROTECTION_CONTENTS_MESSAGE = `Could not update file: ${PULL_REQUEST_REQUIRED}`

/** Status, message and documentation URL of GitHub's refusal of a direct write to a protected branch. */
export function protectedBranchRefusal(
  protection: BranchProtection,
  route: 'ref' | 'contents',
  routeDocs: string
): { status: number; message: string; docs: string } {
  if (protection.kind === 'ruleset') {
    return { status: route === 'ref' ? 422 : 409, message: RULESET_VIOLATION_MESSAGE, docs: routeDocs }
  }
  return route === 'ref'
    ? { status: 422, message: BRANCH_PROTECTION_REF_MESSAGE, docs: PROTECTED_BRANCHES_DOCS }
    : { status: 409, message: BRANCH_PROTECTION_CONTENTS_MESSAGE, docs: PROTECTED_BRANCHES_DOCS }
}

// ---- secret scanning push protection ---------------------------------------------------------------

interface SecretPattern {
  /** GitHub's display name, as in the "—— <name> ——" header of a blocked push. */
  name: string
  /** Secret scanning's token type. */
  tokenType: string
  pattern: RegExp
}

// GitHub's token formats (github.blog 2021-04-05 "Behind GitHub's new authentication token formats": a
// prefix, an underscore and 36 letters or digits; and the fine-grained format github_pat_<22>_<59>).
// Shape only: the checksum GitHub also verifies is not checked.
const classicToken = (prefix: string, name: string, tokenType: string): SecretPattern => ({
  name,
  tokenType,
  pattern: new RegExp(`(?<![A-Za-z0-9_])${prefix}_[A-Za-z0-9]{36}(?![A-Za-z0-9])`, 'g')
})

const SECRET_PATTERNS: SecretPattern[] = [
  classicToken('ghp', 'GitHub Personal Access Token', 'github_personal_access_token'),
  {
    name: 'GitHub Personal Access Token',
    tokenType: 'github_personal_access_token',
    pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])/g
  },
  classicToken('gho', 'GitHub OAuth Access Token', 'github_oauth_access_token'),
  classicToken('ghu', 'GitHub User-to-Server Token', 'github_app_user_to_server_token'),
  classicToken('ghs', 'GitHub Server-to-Server Token', 'github_app_installation_access_token'),
  classicToken('ghr', 'GitHub Refresh Token', 'github_refresh_token')
]

export interface SecretFinding {
  /** Display name, e.g. "GitHub Personal Access Token". */
  name: string
  tokenType: string
  /** 1-based line of the match in the content. */
  line: number
}

/** GitHub-token-shaped strings in file content (never headers), with their lines. */
export function findSecrets(content: Buffer): SecretFinding[] {
  const text = content.toString('latin1')
  const findings: SecretFinding[] = []
  for (const { name, tokenType, pattern } of SECRET_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const line = text.slice(0, m.index).split('\n').length
      findings.push({ name, tokenType, line })
    }
  }
  return findings.sort((a, b) => a.line - b.line)
}

/** The SHA git gives a blob of these bytes. */
export function blobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex')
}

/** One scanned piece of content: where it would go (a path when known) and what was found in it. */
export interface ScannedContent {
  blob: string
  path?: string
  findings: SecretFinding[]
}

export const PUSH_PROTECTION_DOCS =
  'https://docs.github.com/code-security/secret-scanning/working-with-secret-scanning-and-push-protection/working-with-push-protection-from-the-rest-api'

/**
 * The 409 body of a write refused by push protection: the GH013 text a blocked git push prints (adapted to
 * blobs: "blob:" instead of "commit:"), and the bypass placeholders the REST API returns.
 */
export function pushProtectionBody(ref: string | undefined, scanned: ScannedContent[], routeDocs: string) {
  const byType = new Map<string, { name: string; tokenType: string; locations: string[] }>()
  for (const item of scanned) {
    for (const f of item.findings) {
      const group = byType.get(f.name) ?? { name: f.name, tokenType: f.tokenType, locations: [] }
      group.locations.push(
        item.path ? `  - blob: ${item.blob}\n    path: ${item.path}:${f.line}` : `  - blob: ${item.blob}`
      )
      byType.set(f.name, group)
    }
  }
  const blocks = [...byType.values()].map((g) =>
    [`—— ${g.name} ${'—'.repeat(Math.max(4, 50 - g.name.length))}`, ' locations:', ...g.locations].join('\n')
  )
  const message = [
    `GH013: Repository rule violations found${ref ? ` for ${ref}` : ''}.`,
    '',
    '- GITHUB PUSH PROTECTION',
    '  —————————————————————————————————————————',
    '    Resolve the following violations before pushing again',
    '',
    '    - Push cannot contain secrets',
    '',
    '     (?) Learn how to resolve a blocked push',
    `     ${PUSH_PROTECTION_DOCS}`,
    '',
    ...blocks.flatMap((b) => [b, '']),
    '     (?) To push, remove secret from the content or bypass push protection with a placeholder_id below.'
  ].join('\n')
  return {
    message,
    metadata: {
      secret_scanning: {
        bypass_placeholders: [...byType.values()].map((g) => ({
          placeholder_id: randomBytes(14).toString('base64url'),
          token_type: g.tokenType
        }))
      }
    },
    documentation_url: routeDocs,
    status: '409'
  }
}
