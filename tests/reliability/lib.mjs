// Shared by the reliability suite (tests/reliability/*.spec.ts) and bench/crash-submissions.mjs: a real
// `next start` of a production build in its own process group (so SIGKILL takes all of it), throwaway
// databases (SQLite data/e2e-rel*.db, a durable PostgreSQL cluster), pledge submissions by the JSON API and
// by the JavaScript-free form posts (with a PDF), and the database checks of what a submission leaves.
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, mkdirSync, openSync, rmSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { startPgCluster } from '../../scripts/lib/pg-cluster.mjs'
import { e2eServerEnv } from '../e2e/helpers/e2e-env.mjs'

const root = process.cwd()
export const CAMPAIGN = 'rc4a'
/** The states submissions are spread over (bench/pledge-submit.mjs too). */
export const STATES = [
  'AL',
  'AZ',
  'CA',
  'CO',
  'FL',
  'GA',
  'IL',
  'MA',
  'MI',
  'MN',
  'NY',
  'OH',
  'OR',
  'PA',
  'TX',
  'WA',
]

// A small real PDF (the server parses it: tests/helpers/pdf.ts), padded to 48 KB after %%EOF, the same for
// every upload so it can be compared.
const MINIMAL_PDF =
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n' +
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'
export const PDF = Buffer.concat([
  Buffer.from(MINIMAL_PDF),
  Buffer.alloc(48 * 1024 - MINIMAL_PDF.length, ' '),
])
export const PDF_SHA256 = createHash('sha256').update(PDF).digest('hex')

const isPostgres = (url) => /^postgres(ql)?:\/\//.test(url)

// ---- databases ----

function prepare(url) {
  const env = { ...process.env, DATABASE_URL: url }
  for (const [cmd, args] of [
    [process.execPath, ['scripts/migrate.mjs', 'deploy']],
    ['npm', ['run', '--silent', 'db:seed', '--', '--no-demo']],
  ]) {
    const r = spawnSync(cmd, args, { env, encoding: 'utf8', cwd: root })
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`)
  }
}

/** A fresh SQLite database data/<name>.db, migrated and seeded (places, campaigns, no demo data). */
export function prepareSqlite(name = 'e2e-rel') {
  if (!/^e2e-rel[\w-]*$/.test(name)) throw new Error(`refusing to wipe data/${name}.db`)
  const file = path.join(root, 'data', `${name}.db`)
  mkdirSync(path.dirname(file), { recursive: true })
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(file + suffix, { force: true })
  const url = `file:./data/${name}.db`
  prepare(url)
  return { url, stop() {} }
}

/** A throwaway PostgreSQL cluster with its safe defaults (fsync, synchronous_commit), migrated and seeded. */
export async function preparePostgres() {
  const cluster = await startPgCluster({ durable: true })
  try {
    const url = await cluster.createDatabase('e2e_rel')
    prepare(url)
    return { url, stop: () => cluster.stop() }
  } catch (e) {
    cluster.stop()
    throw e
  }
}

/** Runs one query (`?` placeholders) on either database and returns its rows. */
export async function query(url, sql, params = []) {
  if (isPostgres(url)) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      let n = 0
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++n}`),
          params,
        )
      ).rows
    } finally {
      await client.end()
    }
  }
  const conn = new Database(path.resolve(root, url.slice('file:'.length)), { fileMustExist: true })
  try {
    return conn.prepare(sql).all(...params)
  } finally {
    conn.close()
  }
}

/** What the database promises about a committed write surviving a crash. */
export async function durabilitySettings(url) {
  if (isPostgres(url)) {
    const rows = await query(
      url,
      "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method')",
    )
    return Object.fromEntries(rows.map((r) => [r.name, r.setting]))
  }
  const conn = new Database(path.resolve(root, url.slice('file:'.length)), { fileMustExist: true })
  try {
    return {
      journal_mode: conn.pragma('journal_mode', { simple: true }),
      integrity_check: conn.pragma('integrity_check', { simple: true }),
    }
  } finally {
    conn.close()
  }
}

// ---- the server ----

/**
 * Starts the server (scripts/server.mjs) on a build against a database, detached into its own process group. Resolves once
 * the pledge API answers. `kill()` sends SIGKILL to the whole group, as a crash or an OOM kill would.
 */
// Servers still running when this process exits (a test timed out, a worker was torn down) go with it.
const running = new Set()
function killRunning() {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL')
    } catch {}
  }
}
process.on('exit', killRunning)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    killRunning()
    process.kill(process.pid, signal)
  })
}

export async function startServer({
  port,
  databaseUrl,
  distDir,
  logFile,
  timeoutMs = 90_000,
  trustProxyHops = 1,
}) {
  if (await listening(port)) throw new Error(`port ${port} is already in use`)
  const env = {
    ...process.env,
    ...e2eServerEnv(),
    ...(distDir ? { NEXT_DIST_DIR: distDir } : {}),
    DATABASE_URL: databaseUrl,
    SITE_URL: `http://127.0.0.1:${port}`,
    // Mail goes only to the outbox table: no SMTP server to run, and the outbox row shows the email was sent.
    SMTP_URL: '',
    DEMO_MODE: 'true',
    PORT: String(port),
    // By default the suite stands in for a proxy: each submission names its own client address (decision 0015).
    TRUST_PROXY_HOPS: String(trustProxyHops),
  }
  delete env.REDIS_URL
  let out = 'ignore'
  if (logFile) {
    mkdirSync(path.dirname(logFile), { recursive: true })
    out = openSync(logFile, 'a')
  }
  const child = spawn(process.execPath, ['scripts/server.mjs', '-p', String(port)], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', out, out],
  })
  if (typeof out === 'number') closeSync(out)
  running.add(child.pid)
  let exited = false
  const exit = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      exited = true
      running.delete(child.pid)
      resolve({ code, signal })
    }),
  )
  const base = `http://127.0.0.1:${port}`
  const server = {
    base,
    port,
    pid: child.pid,
    exit,
    async kill() {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
      await exit
      await waitForPortClosed(port)
    },
    async stop() {
      if (exited) return
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {}
      const t = setTimeout(() => {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {}
      }, 5_000)
      await exit
      clearTimeout(t)
    },
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (exited) throw new Error(`next start exited early (see ${logFile ?? 'its output'})`)
    try {
      const res = await fetch(`${base}/api/pledges?campaign=${CAMPAIGN}`, {
        signal: AbortSignal.timeout(5_000),
      })
      await res.arrayBuffer()
      if (res.ok) return server
    } catch {}
    await sleep(200)
  }
  await server.kill()
  throw new Error(`next start did not answer on ${base} within ${timeoutMs} ms`)
}

function listening(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

async function waitForPortClosed(port) {
  for (let i = 0; i < 100 && (await listening(port)); i++) await sleep(100)
}

/** Where a server's output goes: outside test-results/, which each Playwright run empties. */
export const logPath = (name) => path.join(os.tmpdir(), 'lc-reliability', `${name}.log`)

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

// ---- submissions ----

/**
 * A POST by node:http rather than fetch: fetch gives up connecting after 10 s, which a server busy with
 * 200 requests at once on a loaded machine can take to accept, and that would not be the server's failure.
 */
async function post(url, headers, body) {
  let bytes = Buffer.from(typeof body === 'string' ? body : '')
  let type = {}
  if (body instanceof FormData) {
    const encoded = new Response(body)
    bytes = Buffer.from(await encoded.arrayBuffer())
    type = { 'content-type': encoded.headers.get('content-type') }
  }
  const u = new URL(url)
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: 'POST',
        headers: { ...headers, ...type, 'content-length': String(bytes.length) },
      },
      (res) => {
        res.resume()
        res.on('error', reject)
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            location: res.headers.location ?? '',
            setCookie: res.headers['set-cookie'] ?? [],
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(bytes)
  })
}

/** The pledge text a submission agrees to. */
export async function pledgeText(base, campaign = CAMPAIGN) {
  const res = await fetch(`${base}/api/pledges?campaign=${campaign}`)
  if (!res.ok) throw new Error(`cannot read the pledge text: HTTP ${res.status}`)
  return res.json()
}

/** The identity of submission i of a run: its own municipality, email and client address. */
export function submissionOf(run, i) {
  return {
    email: `rel-${run}-${i}@example.gov`,
    municipality: `Rel ${run} ${i}`,
    state: STATES[i % STATES.length],
    // Its own client address for the rate limits, also across runs (PostgreSQL keeps the counts).
    ip: `10.${[...createHash('sha256').update(`${run}:${i}`).digest().subarray(0, 3)].join('.')}`,
  }
}

/**
 * One submission by the JSON API. Answers { email, via, status, received } where received means the
 * server said it saved the pledge (201); status is 0 when the connection failed (a crash).
 */
export async function submitByApi(base, text, run, i) {
  const s = submissionOf(run, i)
  const body = {
    campaign: text.campaign,
    municipality: { kind: 'new', name: s.municipality, state: s.state, population: 1000 + i },
    signatory: {
      signatoryName: 'Rel Iability',
      signatoryTitle: 'Mayor',
      email: s.email,
      mandateType: 'LETTER',
    },
    pledgeTextId: text.pledgeTextId,
    agreed: text.commitments.map((c) => c.id),
  }
  try {
    const res = await post(
      `${base}/api/pledges`,
      { 'content-type': 'application/json', 'x-forwarded-for': s.ip },
      JSON.stringify(body),
    )
    return { email: s.email, via: 'api', status: res.status, received: res.status === 201 }
  } catch (e) {
    return { email: s.email, via: 'api', status: 0, received: false, error: e.code ?? e.message }
  }
}

/**
 * One submission through the JavaScript-free form posts (/pledge/submit/<step>), as a browser without
 * JavaScript sends them, with a PDF mandate: received means the last post was answered 303 to /pledge/sent.
 */
export async function submitByForms(base, text, run, i) {
  const s = submissionOf(run, i)
  const steps = [
    ['campaign', { campaign: text.campaign }],
    ['new-municipality', { name: s.municipality, state: s.state, population: String(1000 + i) }],
    [
      'signatory',
      { signatoryName: 'Rel Iability', signatoryTitle: 'Mayor', email: s.email, mandateType: 'LETTER' },
    ],
    ['commitments', { agreed: text.commitments.map((c) => c.id) }],
    ['submit', {}],
  ]
  let cookie = ''
  let last = { status: 0, location: '' }
  try {
    for (const [step, fields] of steps) {
      const form = new FormData()
      for (const [k, v] of Object.entries(fields)) for (const one of [v].flat()) form.append(k, one)
      if (step === 'signatory')
        form.append('mandate', new Blob([PDF], { type: 'application/pdf' }), 'mandate.pdf')
      const res = await post(
        `${base}/pledge/submit/${step}`,
        { cookie, origin: base, 'sec-fetch-site': 'same-origin', 'x-forwarded-for': s.ip },
        form,
      )
      last = res
      if (res.status !== 303) break
      const draft = res.setCookie.find((c) => c.startsWith('pledge-draft='))
      if (draft) cookie = draft.split(';')[0]
    }
  } catch (e) {
    return { email: s.email, via: 'forms', status: 0, received: false, error: e.code ?? e.message }
  }
  const received = last.status === 303 && last.location.endsWith('/pledge/sent')
  return { email: s.email, via: 'forms', status: last.status, received }
}

/** The draft cookie of a form filled up to the signatory step (campaign and a new municipality chosen). */
export async function startDraft(base, run) {
  const s = submissionOf(run, 0)
  let cookie = ''
  for (const [step, fields] of [
    ['campaign', { campaign: CAMPAIGN }],
    ['new-municipality', { name: s.municipality, state: s.state, population: '1000' }],
  ]) {
    const form = new FormData()
    for (const [k, v] of Object.entries(fields)) form.append(k, v)
    const res = await post(`${base}/pledge/submit/${step}`, { cookie, 'sec-fetch-site': 'same-origin' }, form)
    const draft = res.setCookie.find((c) => c.startsWith('pledge-draft='))
    if (res.status !== 303 || !draft) throw new Error(`the ${step} step answered ${res.status}`)
    cookie = draft.split(';')[0]
  }
  return cookie
}

/** Submission i, by the forms (with a PDF) one time in `formsEvery`, else by the API. */
export function submit(base, text, run, i, formsEvery = 5) {
  return i % formsEvery === 0 ? submitByForms(base, text, run, i) : submitByApi(base, text, run, i)
}

// ---- what a run left in the database ----

/**
 * Every pledge of a run with what a complete submission has: its municipality, both email tokens, the
 * audit entry, the confirmation email in the outbox, and the whole PDF when it came with one.
 */
export async function pledgesOfRun(url, run) {
  const rows = await query(
    url,
    `SELECT p.id, p."emailNormalized" AS email, p.status, p."mandateDocumentId" AS document,
      (SELECT COUNT(*) FROM "Municipality" m WHERE m.id = p."municipalityId") AS municipalities,
      (SELECT COUNT(*) FROM "EmailToken" t WHERE t."pledgeId" = p.id AND t.purpose = 'CONFIRM_PLEDGE') AS "confirmTokens",
      (SELECT COUNT(*) FROM "EmailToken" t WHERE t."pledgeId" = p.id AND t.purpose = 'WITHDRAW_PLEDGE') AS "withdrawTokens",
      (SELECT COUNT(*) FROM "AuditLog" a WHERE a."entityType" = 'Pledge' AND a."entityId" = p.id AND a.action = 'pledge.submit') AS audits,
      (SELECT COUNT(*) FROM "Upload" u WHERE u.id = p."mandateDocumentId" AND u.size = length(u.data) AND u.sha256 = ?) AS documents,
      (SELECT COUNT(*) FROM "OutboxMessage" o WHERE o."to" = p.email) AS emails
     FROM "Pledge" p WHERE p."emailNormalized" LIKE ?`,
    [PDF_SHA256, `rel-${run}-%`],
  )
  return rows.map((r) => ({
    ...r,
    ...Object.fromEntries(
      ['municipalities', 'confirmTokens', 'withdrawTokens', 'audits', 'documents', 'emails'].map((k) => [
        k,
        Number(r[k]),
      ]),
    ),
  }))
}

/** Why a pledge row is not a whole submission, or null. The outbox email is checked separately. */
export function incompleteness(p, { via } = {}) {
  const missing = []
  if (p.municipalities !== 1) missing.push('municipality')
  if (p.confirmTokens !== 1) missing.push('confirm token')
  if (p.withdrawTokens !== 1) missing.push('withdraw token')
  if (p.audits !== 1) missing.push('audit entry')
  if (via === 'forms' && (!p.document || p.documents !== 1)) missing.push('mandate PDF')
  if (p.document && p.documents !== 1) missing.push('mandate PDF bytes')
  return missing.length ? `${p.email}: no ${missing.join(', ')}` : null
}

/**
 * Checks a run against the answers its submissions got. Returns the problems (empty when all is well) and
 * counts: every submission answered as received is there exactly once and whole, with its email; every
 * pledge of the run is whole; no municipality of the run was left without its pledge.
 */
export async function checkRun(url, run, results) {
  const pledges = await pledgesOfRun(url, run)
  const byEmail = new Map()
  for (const p of pledges) byEmail.set(p.email, [...(byEmail.get(p.email) ?? []), p])
  const via = new Map(results.map((r) => [r.email, r.via]))
  const problems = []
  const received = results.filter((r) => r.received)
  for (const r of received) {
    const found = byEmail.get(r.email) ?? []
    if (found.length !== 1)
      problems.push(`${r.email} was answered as received but has ${found.length} pledges`)
    else if (found[0].emails < 1) problems.push(`${r.email} was answered as received but has no email`)
  }
  for (const [email, found] of byEmail) {
    if (found.length > 1) problems.push(`${email}: ${found.length} pledges`)
    for (const p of found) {
      const why = incompleteness(p, { via: via.get(email) })
      if (why) problems.push(why)
    }
  }
  const [{ n: orphanMunicipalities }] = await query(
    url,
    `SELECT COUNT(*) AS n FROM "Municipality" m WHERE m.name LIKE ?
      AND NOT EXISTS (SELECT 1 FROM "Pledge" p WHERE p."municipalityId" = m.id)`,
    [`Rel ${run} %`],
  )
  if (Number(orphanMunicipalities) > 0)
    problems.push(`${orphanMunicipalities} municipalities of the run have no pledge`)
  const unanswered = pledges.filter((p) => !received.some((r) => r.email === p.email))
  return {
    problems,
    pledges: pledges.length,
    received: received.length,
    // Saved, but the crash came before the answer: the signatory saw an error and may send again.
    savedUnanswered: unanswered.length,
    // Saved before the crash, but the confirmation email was not (it is sent after the commit).
    savedWithoutEmail: pledges.filter((p) => p.emails === 0).length,
  }
}

// ---- a crash in the middle of a burst ----

/**
 * One repetition of the crash test: start the server, send submissions from `concurrency` clients without
 * pause, SIGKILL the server's process group once `killAfterReceived` were answered as received plus a
 * random delay, start it again, check the database against the answers, and check the restarted server
 * takes a submission by each path. Returns the counts and the problems found (none when all is well).
 */
export async function crashRepetition({
  start,
  databaseUrl,
  run,
  concurrency = 16,
  killAfterReceived = 10,
  extraDelayMs = 400,
}) {
  let server = await start()
  const text = await pledgeText(server.base)
  const results = []
  let next = 0
  let killed = false
  let receivedCount = 0
  let onEnough
  const enough = new Promise((r) => (onEnough = r))
  const worker = async () => {
    while (!killed) {
      const r = await submit(server.base, text, run, next++)
      results.push(r)
      if (r.received && ++receivedCount === killAfterReceived) onEnough()
    }
  }
  const began = performance.now()
  const workers = Array.from({ length: concurrency }, worker)
  // A burst that never gets that far still ends: the server is killed after 20 s whatever.
  await Promise.race([enough, sleep(20_000)])
  await sleep(Math.floor(Math.random() * extraDelayMs))
  const killedAfterMs = Math.round(performance.now() - began)
  killed = true
  await server.kill()
  await Promise.all(workers)
  const restartBegan = performance.now()
  server = await start()
  const restartMs = Math.round(performance.now() - restartBegan)
  try {
    const check = await checkRun(databaseUrl, run, results)
    const again = [
      await submitByApi(server.base, text, `${run}x`, 0),
      await submitByForms(server.base, text, `${run}x`, 1),
    ]
    const afterwards = await checkRun(databaseUrl, `${run}x`, again)
    const servesAgain = again.every((r) => r.received) && afterwards.problems.length === 0
    if (!servesAgain)
      check.problems.push(`after the restart: ${JSON.stringify(again)} ${afterwards.problems}`)
    if (!isPostgres(databaseUrl)) {
      const { integrity_check } = await durabilitySettings(databaseUrl)
      if (integrity_check !== 'ok') check.problems.push(`SQLite integrity_check: ${integrity_check}`)
    }
    return {
      ...check,
      submissions: results.length,
      failedConnections: results.filter((r) => r.status === 0).length,
      serverErrors: results.filter((r) => r.status >= 500).length,
      killedAfterMs,
      restartMs,
      servesAgain,
    }
  } finally {
    await server.stop()
  }
}
