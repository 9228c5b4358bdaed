// After an e2e run: the server's log must hold no secret and be JSON lines, request-scoped ones with a
// request id (issue 8). Secrets looked for: AUTH_SECRET, database and SMTP passwords, the passwords the
// specs type, every token in a link the run emailed (OutboxMessage in demo mode; with SMTP the outbox keeps no
// text, so every string of the log is also hashed and compared with EmailToken.tokenHash), and anything shaped like a session
// cookie (Auth.js JWE) or CSRF cookie. A finding names the kind of secret, never the secret.
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/
// Components that only run while a request is handled in the e2e server: their lines need a request id.
const REQUEST_SCOPED = new Set(['request', 'mail', 'pledges', 'auth', 'api', 'portal', 'reports'])
// What Next.js prints before the instrumentation hook has routed the console to the logger.
const ANSI = /\u001b\[[0-9;]*m/g
const BANNER = /^\s*(▲|✓|-\s|⚠|Starting\.\.\.|Ready in|\[)/u

const SHAPES = [
  { kind: 'session cookie (JWE/JWT)', pattern: /eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]{10,}/ },
  { kind: 'CSRF cookie', pattern: /[0-9a-f]{64}(\||%7C)[0-9a-f]{64}/i },
]

function specFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
}

/** Passwords the specs type or define: `.fill('…')` on a password field, `PASSWORD = '…'`. */
export function specPasswords(dir = 'tests/e2e') {
  const found = new Set()
  for (const file of specFiles(dir)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!/pass(word|phrase)/i.test(line)) continue
      for (const m of line.matchAll(/(?:\.fill\(|\w*pass\w*\s*=\s*)'([^']{8,})'/gi)) found.add(m[1])
    }
  }
  return [...found]
}

const TOKEN_LINKS = [
  ['pledge confirmation token', /\/pledge\/confirm\/([^/?#\s"'<>]+)/g],
  ['pledge withdrawal token', /\/pledge\/withdraw\/([^/?#\s"'<>]+)/g],
  ['invitation token', /\/invitation\/([^/?#\s"'<>]+)/g],
  ['password reset token', /\/reset-password\/([^/?#\s"'<>]+)/g],
  ['sign-in link token', /[?&]token=([^&#\s"'<>]+)/g],
]

/** Tokens in the links of the emails the run sent, by kind; plus any long random-looking link segment. */
export function emailTokens(texts) {
  const tokens = []
  for (const text of texts) {
    for (const [kind, re] of TOKEN_LINKS) {
      for (const m of text.matchAll(re)) tokens.push({ kind, value: decodeURIComponent(m[1]) })
    }
    for (const url of text.match(/https?:\/\/[^\s"'<>]+/g) ?? []) {
      const u = new URL(url)
      const parts = [...u.pathname.split('/'), ...u.searchParams.values()]
      for (const p of parts) {
        if (/^[A-Za-z0-9_-]{32,}$/.test(p) && /[0-9A-Z]/.test(p) && /[a-z]/.test(p)) {
          tokens.push({ kind: 'random-looking email link segment', value: p })
        }
      }
    }
  }
  return tokens
}

async function query(databaseUrl, sql) {
  if (databaseUrl.startsWith('file:')) {
    const { default: Database } = await import('better-sqlite3')
    const db = new Database(path.resolve(databaseUrl.slice('file:'.length)), { readonly: true })
    try {
      return db.prepare(sql).all()
    } finally {
      db.close()
    }
  }
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return (await client.query(sql.replace(/\b(OutboxMessage|EmailToken)\b/g, '"$1"'))).rows
  } finally {
    await client.end()
  }
}

const outboxTexts = async (databaseUrl) =>
  (await query(databaseUrl, 'SELECT text, html FROM OutboxMessage')).map((r) => `${r.text}\n${r.html}`)

/** How many strings in the log are single-use tokens, known by their SHA-256 (hex) alone. */
export function hashedTokensIn(log, tokenHashes) {
  const hashes = new Set(tokenHashes)
  let found = 0
  for (const candidate of new Set(log.match(/[A-Za-z0-9_-]{32,}/g) ?? [])) {
    if (hashes.has(createHash('sha256').update(candidate).digest('hex'))) found += 1
  }
  return found
}

function urlPassword(url) {
  try {
    return url ? decodeURIComponent(new URL(url).password) : ''
  } catch {
    return ''
  }
}

/**
 * Checks one server log. Returns { ok, problems, stats } where problems are human-readable findings that
 * name the kind of secret only.
 */
export async function checkServerLog({ logFile, env, specDir = 'tests/e2e' }) {
  if (!existsSync(logFile)) return { ok: false, problems: [`no server log at ${logFile}`], stats: {} }
  const texts = await outboxTexts(env.DATABASE_URL)
  const secrets = [
    { kind: 'AUTH_SECRET', value: env.AUTH_SECRET },
    { kind: 'database password', value: urlPassword(env.DATABASE_URL) },
    { kind: 'SMTP password', value: urlPassword(env.SMTP_URL) },
    ...specPasswords(specDir).map((value) => ({ kind: 'a password the specs type', value })),
    ...emailTokens(texts),
  ]
  const log = readFileSync(logFile, 'utf8')
  const result = inspectLog(log, secrets)
  result.stats.emails = texts.length
  const tokenHashes = (await query(env.DATABASE_URL, 'SELECT "tokenHash" FROM EmailToken')).map(
    (r) => r.tokenHash,
  )
  const hashed = hashedTokensIn(log, tokenHashes)
  if (hashed > 0) {
    result.problems.push(`the log holds ${hashed} single-use email token(s) (known by their hash)`)
    result.ok = false
  }
  // Each email the run sent was logged while a request was handled.
  if (texts.length > 0 && result.stats.withRequestId === 0) {
    result.problems.push('no log line carries a request id')
    result.ok = false
  }
  return result
}

/** The findings for one log's text, given the secrets it must not hold ({ kind, value }). */
export function inspectLog(log, allSecrets) {
  const secrets = allSecrets.filter((s) => s.value && s.value.length >= 8)
  const problems = []
  const leaked = new Map()
  for (const { kind, value } of secrets) {
    if (log.includes(value) || log.includes(encodeURIComponent(value))) {
      leaked.set(kind, (leaked.get(kind) ?? 0) + 1)
    }
  }
  for (const [kind, n] of leaked) problems.push(`the log holds ${n} ${kind}${n > 1 ? 's' : ''}`)
  for (const { kind, pattern } of SHAPES) {
    if (pattern.test(log)) problems.push(`the log holds something shaped like a ${kind}`)
  }

  const lines = log.split('\n').filter((l) => l.trim() !== '')
  let json = 0
  let withRequestId = 0
  let notJson = 0
  let missingId = 0
  for (const line of lines) {
    let entry
    try {
      entry = JSON.parse(line)
    } catch {
      // Next.js's start-up banner comes before the logger takes over the console.
      if (!(json === 0 && BANNER.test(line.replace(ANSI, '')))) notJson += 1
      continue
    }
    json += 1
    if (entry.requestId !== undefined) {
      if (REQUEST_ID.test(entry.requestId)) withRequestId += 1
      else missingId += 1
    } else if (REQUEST_SCOPED.has(entry.component)) missingId += 1
  }
  if (notJson > 0) problems.push(`${notJson} log line(s) are not JSON`)
  if (missingId > 0) problems.push(`${missingId} request-scoped log line(s) have no valid request id`)

  return {
    ok: problems.length === 0,
    problems,
    stats: { lines: lines.length, json, withRequestId, secrets: secrets.length },
  }
}
