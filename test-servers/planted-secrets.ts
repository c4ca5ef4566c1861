// Planted secrets for the secret-scan tests and the fault suite: one per rule and place where
// people really type them, made at run time from random bytes and split prefixes, so that no
// token-shaped string is ever committed (GitHub push protection would reject our own pushes;
// __tests__/scan/scan.test.ts checks this file stays clean).
import { randomBytes } from 'node:crypto'
import { STRUCTURE_RULES, type SecretFinding } from '../src/scan/index.js'
import { isPlaceholder } from '../src/scan/structure.js'

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'
const HEX = '0123456789abcdef'
const DIGITS = '0123456789'

/**
 * `length` random characters of `alphabet`, never one that reads as a placeholder (`…xxx…`,
 * `…Fake…`): the scan rightly keeps those, and a planted secret must always be one.
 */
export function random(length: number, alphabet = ALNUM): string {
  for (;;) {
    const bytes = randomBytes(length)
    let out = ''
    for (const byte of bytes) out += alphabet[byte % alphabet.length]
    if (!isPlaceholder(`k${out}`)) return out
  }
}

const base64url = (text: string) => Buffer.from(text).toString('base64url')

export const makeSecrets = () => ({
  githubClassic: 'gh' + 'p_' + random(36),
  githubFineGrained: 'github' + '_pat_' + random(22) + '_' + random(59),
  slack: 'xo' + 'xb-' + random(12, DIGITS) + '-' + random(13, DIGITS) + '-' + random(24),
  npm: 'np' + 'm_' + random(36),
  awsKeyId: 'AK' + 'IA' + random(16, UPPER_ALNUM),
  awsSecret: random(39) + 'Q',
  postmanApiKey: 'PM' + 'AK-' + random(24, HEX) + '-' + random(34, HEX),
  postmanAccessKey: 'PM' + 'AT-' + random(26, UPPER_ALNUM),
  jwt:
    base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })) +
    '.' +
    base64url(JSON.stringify({ sub: random(10), iat: 1700000000 })) +
    '.' +
    random(43),
  pem: privateKey(),
  apiKeyHex: random(32, HEX),
  urlPassword: random(18),
  cookie: random(32),
  formPassword: random(14),
  clientSecret: random(40),
  jsonPassword: random(20),
  graphqlToken: random(30),
  envApiKey: random(40),
  urlAuthPassword: random(16)
})

export type PlantedSecrets = ReturnType<typeof makeSecrets>

/** A PEM private key whose body decodes to an ASN.1 sequence (starts "MI"), as real ones do. */
function privateKey(): string {
  const body = Buffer.concat([Buffer.from([0x30, 0x82, 0x02, 0x5c]), randomBytes(600)]).toString('base64')
  const lines = body.match(/.{1,64}/g) ?? []
  const label = 'PRIVATE ' + 'KEY'
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`
}

export const V21 = 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'
export const GITHUB = '@secretlint/secretlint-rule-github'
export const SLACK = '@secretlint/secretlint-rule-slack'
export const NPM = '@secretlint/secretlint-rule-npm'
export const PRIVATE_KEY = '@secretlint/secretlint-rule-privatekey'
export const AWS = '@secretlint/secretlint-rule-aws'

export interface Plant {
  secret: string
  pointer: string
  rule: string
  inner?: string
}

/** A collection with every planted secret where people really type them, and where each is expected. */
export function plantedCollection(s: PlantedSecrets, t: PlantedSecrets) {
  const plants: Plant[] = []
  const plant = (secret: string, pointer: string, rule: string, inner?: string) => {
    plants.push({ secret, pointer, rule, ...(inner ? { inner } : {}) })
    return secret
  }
  const request = (n: number) => `/item/0/item/${n}/request`
  const doc = {
    info: {
      name: 'Planted',
      schema: V21,
      description: {
        content: 'Deploy with ' + plant(s.githubFineGrained, '/info/description/content', GITHUB) + ' only.'
      }
    },
    variable: [
      {
        key: 'postmanKey',
        value: plant(s.postmanApiKey, '/variable/0/value', 'postman/postman-api-key'),
        type: 'string'
      },
      { key: 'baseUrl', value: 'https://api.example.net', type: 'string' }
    ],
    item: [
      {
        name: 'Folder',
        description: 'npm publish needs ' + plant(s.npm, '/item/0/description', NPM),
        variable: [
          {
            key: 'accessKey',
            value: plant(s.postmanAccessKey, '/item/0/variable/0/value', 'postman/postman-collection-access-key')
          }
        ],
        item: [
          {
            name: 'JWT in a header, a token in a script',
            event: [
              {
                listen: 'prerequest',
                script: {
                  type: 'text/javascript',
                  exec: [
                    `pm.environment.set("gh", "${plant(s.githubClassic, '/item/0/item/0/event/0/script/exec/0', GITHUB)}")`,
                    'console.log(pm.environment.get("gh"))'
                  ]
                }
              }
            ],
            request: {
              method: 'GET',
              header: [
                {
                  key: 'Authorization',
                  value: 'Bearer ' + plant(s.jwt, `${request(0)}/header/0/value`, STRUCTURE_RULES.header)
                },
                { key: 'X-API-Key', value: plant(s.apiKeyHex, `${request(0)}/header/1/value`, STRUCTURE_RULES.header) },
                { key: 'Accept', value: 'application/json' },
                { key: 'Proxy-Authorization', value: 'Bearer {{proxyToken}}' },
                { key: 'X-Auth-Token', value: '' }
              ],
              url: {
                raw: '{{baseUrl}}/items?page=2',
                host: ['{{baseUrl}}'],
                path: ['items'],
                query: [{ key: 'page', value: '2' }]
              }
            }
          },
          {
            name: 'AWS key pair in a raw JSON body',
            request: {
              method: 'POST',
              header: [{ key: 'Content-Type', value: 'application/json' }],
              body: {
                mode: 'raw',
                raw: JSON.stringify(
                  {
                    region: 'eu-west-1',
                    aws_access_key_id: plant(s.awsKeyId, `${request(1)}/body/raw`, 'postman/aws-access-key-id'),
                    aws_secret_access_key: plant(
                      s.awsSecret,
                      `${request(1)}/body/raw`,
                      STRUCTURE_RULES.jsonBody,
                      '/aws_secret_access_key'
                    )
                  },
                  null,
                  2
                ),
                options: { raw: { language: 'json' } }
              },
              url: 'https://sts.example.net/assume'
            }
          },
          {
            name: 'Slack token in a query string',
            request: {
              method: 'POST',
              url: {
                raw:
                  'https://slack.com/api/chat.postMessage?token=' +
                  plant(s.slack, `${request(2)}/url/raw`, SLACK) +
                  '&channel=C1',
                protocol: 'https',
                host: ['slack', 'com'],
                path: ['api', 'chat.postMessage'],
                query: [
                  { key: 'token', value: plant(s.slack, `${request(2)}/url/query/0/value`, STRUCTURE_RULES.query) },
                  { key: 'channel', value: 'C1' }
                ]
              }
            }
          },
          {
            name: 'Password in URL userinfo',
            request: {
              method: 'POST',
              url: {
                raw:
                  'https://deploy:' +
                  plant(s.urlPassword, `${request(3)}/url/raw`, STRUCTURE_RULES.urlPassword) +
                  '@deploy.example.net/hook',
                protocol: 'https',
                host: ['deploy', 'example', 'net'],
                path: ['hook']
              }
            }
          },
          {
            name: 'Private key in an example response',
            request: { method: 'GET', url: 'https://keys.example.net/key' },
            response: [
              {
                name: 'OK',
                originalRequest: {
                  method: 'GET',
                  header: [
                    {
                      key: 'Authorization',
                      value:
                        'Bearer ' +
                        plant(t.jwt, `/item/0/item/4/response/0/originalRequest/header/0/value`, STRUCTURE_RULES.header)
                    }
                  ],
                  url: 'https://keys.example.net/key'
                },
                status: 'OK',
                code: 200,
                header: [
                  {
                    key: 'Set-Cookie',
                    value:
                      'session=' +
                      plant(s.cookie, '/item/0/item/4/response/0/header/0/value', STRUCTURE_RULES.header) +
                      '; Path=/'
                  }
                ],
                cookie: [],
                body: JSON.stringify({ key: plant(s.pem, '/item/0/item/4/response/0/body', PRIVATE_KEY) })
              }
            ]
          },
          {
            name: 'Form bodies',
            request: {
              method: 'POST',
              body: {
                mode: 'formdata',
                formdata: [
                  { key: 'username', value: 'alice', type: 'text' },
                  {
                    key: 'password',
                    value: plant(s.formPassword, `${request(5)}/body/formdata/1/value`, STRUCTURE_RULES.form),
                    type: 'text'
                  },
                  { key: 'avatar', src: '/home/alice/avatar.png', type: 'file' }
                ]
              },
              url: 'https://login.example.net/form'
            }
          },
          {
            name: 'urlencoded',
            request: {
              method: 'POST',
              body: {
                mode: 'urlencoded',
                urlencoded: [
                  { key: 'grant_type', value: 'client_credentials' },
                  {
                    key: 'client_secret',
                    value: plant(s.clientSecret, `${request(6)}/body/urlencoded/1/value`, STRUCTURE_RULES.form)
                  }
                ]
              },
              url: 'https://login.example.net/token'
            }
          },
          {
            name: 'Nested JSON body template',
            request: {
              method: 'POST',
              body: {
                mode: 'raw',
                raw: `{\n  "user": { "name": "alice", "password": "${plant(s.jsonPassword, `${request(7)}/body/raw`, STRUCTURE_RULES.jsonBody, '/user/password')}" },\n  "token": "{{token}}",\n  "id": {{id}}\n}`,
                options: { raw: { language: 'json' } }
              },
              url: 'https://login.example.net/json'
            }
          },
          {
            name: 'GraphQL variables and a bearer auth block',
            request: {
              method: 'POST',
              auth: {
                type: 'bearer',
                bearer: [
                  {
                    key: 'token',
                    value: plant(t.githubClassic, `${request(8)}/auth/bearer/0/value`, GITHUB),
                    type: 'string'
                  }
                ]
              },
              body: {
                mode: 'graphql',
                graphql: {
                  query: 'query { viewer { login } }',
                  variables: JSON.stringify({
                    accessToken: plant(
                      s.graphqlToken,
                      `${request(8)}/body/graphql/variables`,
                      STRUCTURE_RULES.jsonBody,
                      '/accessToken'
                    )
                  })
                }
              },
              url: {
                raw: 'https://api.example.net/graphql',
                host: ['api', 'example', 'net'],
                path: ['graphql'],
                variable: [
                  {
                    key: 'apiToken',
                    value: plant(t.envApiKey, `${request(8)}/url/variable/0/value`, STRUCTURE_RULES.variable)
                  }
                ]
              }
            }
          }
        ]
      }
    ]
  }
  return { doc, plants }
}

export function plantedEnvironment(s: PlantedSecrets) {
  const plants: Plant[] = [
    { secret: s.envApiKey, pointer: '/values/0/value', rule: STRUCTURE_RULES.variable },
    { secret: s.postmanApiKey, pointer: '/values/1/value', rule: 'postman/postman-api-key' },
    { secret: s.githubClassic, pointer: '/values/2/value', rule: GITHUB }
  ]
  const doc = {
    id: 'e1',
    name: 'Env',
    values: [
      { key: 'apiKey', value: s.envApiKey, type: 'default', enabled: true },
      { key: 'postman', value: s.postmanApiKey, type: 'default', enabled: true },
      { key: 'notes', value: 'ci uses ' + s.githubClassic, type: 'default', enabled: true },
      { key: 'baseUrl', value: 'https://api.example.net', type: 'default', enabled: true },
      { key: 'token', value: '{{otherToken}}', type: 'default', enabled: true },
      { key: 'password', value: '', type: 'default', enabled: true }
    ]
  }
  return { doc, plants }
}

export const hasFinding = (findings: SecretFinding[], plant: Plant) =>
  findings.some((f) => f.pointer === plant.pointer && f.rule === plant.rule && f.inner === plant.inner)

export function figures(plants: Plant[], output: unknown) {
  const text = JSON.stringify(output)
  const secrets = [...new Set(plants.map((p) => p.secret))]
  // A secret counts as leaked if it, or its JSON-escaped form, is still anywhere in the output.
  const leaked = secrets.filter((secret) => text.includes(JSON.stringify(secret).slice(1, -1)) || text.includes(secret))
  return { planted: secrets.length, removed: secrets.length - leaked.length, leaked: leaked.length }
}
