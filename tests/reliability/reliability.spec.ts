// The production build on each database under what production will throw at it: 200 submissions at once,
// a SIGKILL in the middle of a burst, and malformed requests. Run by `npm test` (stage "reliability");
// bench/crash-submissions.mjs repeats the crash test 10 times per database.
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { budget, e2eDistDir } from '../e2e/helpers/e2e-env.mjs'
import {
  checkRun,
  crashRepetition,
  durabilitySettings,
  logPath,
  pledgeText,
  preparePostgres,
  prepareSqlite,
  startDraft,
  startServer,
  submit,
  type Server,
  type TestDatabase,
} from './lib.mjs'
import {
  actionCases,
  crossSiteCases,
  dotSegmentPaths,
  jsonCases,
  leaksInternals,
  methodCases,
  multipartCases,
  oversizedCases,
  queryCases,
  sendRaw,
  slugCases,
  tolerableCases,
  traversalCases,
  type MalformedCase,
} from './malformed-cases'

// RELIABILITY_PORT and RELIABILITY_NAME let two runs share a machine (ports, data/e2e-rel<name>*.db).
const PORT = Number(process.env.RELIABILITY_PORT || 4401)
const PORTS = { sqlite: PORT, postgres: PORT + 1, direct: PORT + 2 }
const NAME = process.env.RELIABILITY_NAME ? `-${process.env.RELIABILITY_NAME}` : ''
const CAMPAIGN_SLUG = 'rc4a'
const json = { 'content-type': 'application/json' }
const BOUNDARY = '----reliability-actions'

/** The pledge form's first step posted without JavaScript (with `extra` headers): its status and draft cookie. */
async function postCampaignStep(port: number, extra: Record<string, string> = {}) {
  const { status, headers } = await sendRaw(port, {
    name: 'campaign step',
    method: 'POST',
    path: '/pledge/submit/campaign',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'sec-fetch-site': 'same-origin',
      ...extra,
    },
    body: `campaign=${CAMPAIGN_SLUG}`,
  })
  const draft = [headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('pledge-draft='))
  return { status, draft }
}

/** Each server action of the build, with a page that carries it. */
function actionsOfBuild() {
  const manifest = JSON.parse(
    readFileSync(path.join(e2eDistDir, 'server', 'server-reference-manifest.json'), 'utf8'),
  ) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>
  }
  return Object.entries(manifest.node).map(([id, a]) => ({
    id,
    name: `${a.filename}#${a.exportedName}`,
    // app/portal/[slug]/targets/new/page -> /portal/x/targets/new
    path: Object.keys(a.workers)[0]!
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace(/\[[^\]]+\]/g, 'x'),
  }))
}

/** Whether the action (file#name) takes the form alone, `(form: FormData)`, rather than `(state, form)`. */
function takesFormOnly(action: string) {
  const [file, name] = action.split('#')
  const source = readFileSync(file!, 'utf8')
  // A plain button form's action (buttonAction in src/server/action.ts), or one written by hand.
  return (
    new RegExp(`export const ${name} = buttonAction\\(`).test(source) ||
    new RegExp(`export async function ${name}\\(\\s*\\w+: FormData`).test(source)
  )
}

/** Those defined under src/app/admin or src/app/portal: each checks its caller first. */
function guardedActions() {
  const actions = actionsOfBuild().filter((a) => /^src\/app\/(?:admin|portal)\//.test(a.name))
  expect(actions.length).toBeGreaterThan(20)
  return actions
}
const CRASH_REPETITIONS = Number(process.env.RELIABILITY_CRASH_REPETITIONS || 2)

for (const provider of ['sqlite', 'postgres'] as const) {
  test.describe(`on ${provider}`, () => {
    // In order, one worker; a failing test restarts the worker, and beforeAll prepares afresh.
    let database: TestDatabase
    let server: Server
    const start = () =>
      startServer({
        port: PORTS[provider],
        databaseUrl: database.url,
        distDir: e2eDistDir,
        logFile: logPath(`server-${provider}${NAME}`),
      })

    test.beforeAll(async () => {
      test.setTimeout(budget(120_000))
      database = provider === 'postgres' ? await preparePostgres() : prepareSqlite(`e2e-rel${NAME}`)
      server = await start()
    })
    test.afterAll(async () => {
      await server?.stop()
      database?.stop()
    })

    test('the database is set to keep every acknowledged write across a crash', async () => {
      const settings = await durabilitySettings(database.url)
      if (provider === 'sqlite') {
        // synchronous = FULL is per connection: tests/integration/reliability checks the app's own.
        expect(settings).toMatchObject({ journal_mode: 'wal', integrity_check: 'ok' })
      } else {
        expect(settings).toMatchObject({ fsync: 'on', synchronous_commit: 'on', full_page_writes: 'on' })
      }
    })

    test('200 submissions at once for 200 municipalities: 200 pledges, each answered as received', async () => {
      const run = randomBytes(3).toString('hex')
      const text = await pledgeText(server.base)
      // One in five through the JavaScript-free form posts with a PDF, the others by the JSON API.
      const results = await Promise.all(
        Array.from({ length: 200 }, (_, i) => submit(server.base, text, run, i)),
      )
      const statuses = results.reduce<Record<number, number>>(
        (n, r) => ({ ...n, [r.status]: (n[r.status] ?? 0) + 1 }),
        {},
      )
      expect(
        results.filter((r) => r.status >= 500 || r.status === 0),
        JSON.stringify(statuses),
      ).toEqual([])
      expect(
        results.filter((r) => !r.received),
        JSON.stringify(statuses),
      ).toEqual([])
      const check = await checkRun(database.url, run, results)
      expect(check.problems).toEqual([])
      expect(check).toMatchObject({ pledges: 200, received: 200, savedWithoutEmail: 0 })
    })

    // Form posts carry a draft (campaign and municipality chosen), or the form's page sends them to the start.
    const withDraft = async (cases: MalformedCase[]) => {
      const cookie = await startDraft(server.base, randomBytes(3).toString('hex'))
      return cases.map((c) =>
        c.path.startsWith('/pledge/submit/') ? { ...c, headers: { ...c.headers, cookie } } : c,
      )
    }
    const expectAnswers = async (cases: MalformedCase[], ok = (s: number) => s >= 400 && s < 500) => {
      const wrong: string[] = []
      for (const c of cases) {
        const { status, body } = await sendRaw(server.port, c)
        const leak = leaksInternals(body)
        if (!ok(status) || leak)
          wrong.push(
            `${c.method ?? 'GET'} ${c.name.slice(0, 120)}: ${status}${leak ? ` leaks "${leak}"` : ''}`,
          )
      }
      expect(wrong).toEqual([])
    }

    test('bad multipart bodies get a 4xx', async () => expectAnswers(await withDraft(multipartCases)))
    test('oversized bodies get a 4xx', async () => expectAnswers(await withDraft(oversizedCases)))
    test('unknown server action ids get a 4xx', () => expectAnswers(actionCases))
    test('path traversal gets a 4xx', () => expectAnswers(traversalCases))
    test('odd unicode in slugs gets a 4xx', () => expectAnswers(slugCases))
    // Node refuses headers over 16 KB with a 431, or closes the socket while the client is still sending.
    test('huge query strings get a 4xx', () =>
      expectAnswers(queryCases, (s) => s === 0 || (s >= 400 && s < 500)))
    test('invalid JSON to the pledge API gets a 4xx', () => expectAnswers(jsonCases))
    test('wrong methods get a 4xx', () => expectAnswers(methodCases))
    test('odd links and long queries get an answer, never a 5xx', () =>
      expectAnswers(tolerableCases, (s) => s >= 200 && s < 500))

    test('dot segments never leave the app', async () => {
      for (const path of dotSegmentPaths) {
        const { status, body } = await sendRaw(server.port, { name: path, path })
        expect(status, path).toBeLessThan(500)
        expect(body, path).not.toMatch(/root:x:0:0|"name": "leadership-campaigns"/)
        expect(leaksInternals(body), path).toBeNull()
      }
    })

    // Issue 14 (L1, L3, L4): each refusal has one right status.
    test('cross-site posts and pledge API bodies that are not JSON are refused with 403 or 415', async () => {
      const wrong: string[] = []
      for (const c of crossSiteCases(server.port)) {
        const { status } = await sendRaw(server.port, c)
        if (status !== c.status) wrong.push(`${c.name}: ${status}, not ${c.status}`)
      }
      expect(wrong).toEqual([])
    })

    // Issue 14 (L9): the server used to wait for a body that never came.
    test('a body declared larger than the site ever reads is refused at once with 413', async () => {
      for (const path of ['/api/pledges', '/pledge/submit/signatory', '/', '/admin/municipalities/import']) {
        const answer = await sendRaw(server.port, {
          name: path,
          method: 'POST',
          path,
          headers: { 'content-length': String(70 * 1024 * 1024), ...json, 'sec-fetch-site': 'same-origin' },
          body: '{"a":',
        })
        expect({ path, status: answer.status }).toEqual({ path, status: 413 })
        expect(answer.ms, path).toBeLessThan(3_000)
      }
    })

    // Issue 14 (L6): the suite stands in for a TLS proxy here (TRUST_PROXY_HOPS=1), so https is believed.
    test('the pledge draft cookie is Secure when the visitor came over https', async () => {
      const draftCookie = async (extra: Record<string, string>) => {
        const { status, draft } = await postCampaignStep(server.port, extra)
        expect(status).toBe(303)
        return draft
      }
      expect(await draftCookie({ 'x-forwarded-proto': 'https' })).toMatch(/;\s*Secure/i)
      expect(await draftCookie({})).not.toMatch(/;\s*Secure/i)
    })

    // Issue 14 (L1): a refused action used to be a 500. Every staff and portal action of the build, posted as the
    // JavaScript client posts it (the form, after the form state when the action takes one), with a session
    // cookie that is no longer good.
    test('every staff and portal server action refuses an ended session with 401', async () => {
      const wrong: string[] = []
      for (const { id, name, path } of guardedActions()) {
        const { status } = await sendRaw(server.port, {
          name,
          method: 'POST',
          path,
          headers: {
            'next-action': id,
            'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
            origin: server.base,
            cookie: 'authjs.session-token=ended',
          },
          body: `--${BOUNDARY}\r\nContent-Disposition: form-data; name="1_slug"\r\n\r\nx\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n${takesFormOnly(name) ? '["$K1"]' : '["$undefined","$K1"]'}\r\n--${BOUNDARY}--\r\n`,
        })
        // Every action checks its caller before it reads the form (src/server/action.ts).
        if (status !== 401) wrong.push(`${name} at ${path}: ${status}`)
      }
      expect(wrong).toEqual([])
    })

    // Issue 14 (L1): bodies Next.js cannot decode for a real action used to be a 500.
    test('malformed bodies to a real server action get a 400', async () => {
      const id = actionsOfBuild().find((a) => a.name.endsWith('#forgotPasswordAction'))!.id
      const part = (name: string, value: string) =>
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
      const multipart = `multipart/form-data; boundary=${BOUNDARY}`
      const bodies: [string, string, string][] = [
        ['not multipart at all', multipart, 'garbage'],
        ['multipart without a boundary', 'multipart/form-data', `${part('0', '[]')}--${BOUNDARY}--\r\n`],
        ['arguments that are not JSON', multipart, `${part('0', '[{')}--${BOUNDARY}--\r\n`],
        ['arguments that are not a list', multipart, `${part('0', '{"a":1}')}--${BOUNDARY}--\r\n`],
        ['a JSON body', 'text/plain;charset=UTF-8', '["$K1"]'],
        ['a urlencoded body', 'application/x-www-form-urlencoded', 'email=a%40b.gov'],
      ]
      const wrong: string[] = []
      for (const [what, type, body] of bodies) {
        const { status } = await sendRaw(server.port, {
          name: what,
          method: 'POST',
          path: '/forgot-password',
          headers: { 'next-action': id, 'content-type': type, origin: server.base },
          body,
        })
        if (status !== 400) wrong.push(`${what}: ${status}`)
      }
      expect(wrong).toEqual([])
    })

    test('the server still answers after all that', async () => {
      const res = await fetch(`${server.base}/api/pledges?campaign=rc4a`)
      expect(res.status).toBe(200)
    })

    test(`killed with SIGKILL mid-burst and restarted (${CRASH_REPETITIONS}×): nothing answered is lost or half-written`, async () => {
      test.setTimeout(budget(CRASH_REPETITIONS * 90_000))
      // Last: each repetition starts and stops its own server.
      await server.stop()
      for (let i = 0; i < CRASH_REPETITIONS; i++) {
        const r = await crashRepetition({
          start,
          databaseUrl: database.url,
          run: randomBytes(3).toString('hex'),
          killAfterReceived: 5 + i * 10,
        })
        test.info().annotations.push({ type: `crash ${i + 1}`, description: JSON.stringify(r) })
        expect(r.problems).toEqual([])
        expect(r.serverErrors).toBe(0)
        expect(r.received).toBeGreaterThanOrEqual(5)
        expect(r.servesAgain).toBe(true)
      }
    })
  })
}

// Issue 14 (M2, L4, L6): a server with no proxy in front (TRUST_PROXY_HOPS=0, the default), where the client's own
// X-Forwarded-* headers must change nothing.
test.describe('without a trusted proxy', () => {
  let database: TestDatabase
  let server: Server
  test.beforeAll(async () => {
    test.setTimeout(120_000)
    database = prepareSqlite(`e2e-rel${NAME}-direct`)
    server = await startServer({
      port: PORTS.direct,
      databaseUrl: database.url,
      distDir: e2eDistDir,
      logFile: logPath(`server${NAME}-direct`),
      trustProxyHops: 0,
    })
  })
  test.afterAll(async () => {
    await server?.stop()
    database?.stop()
  })

  test('a new X-Forwarded-For on each request does not escape the rate limit', async () => {
    // The pledge API allows one address 20 submissions an hour, counted before validation.
    const statuses: number[] = []
    for (let i = 0; i < 30; i++) {
      const { status } = await sendRaw(server.port, {
        name: 'submission',
        method: 'POST',
        path: '/api/pledges',
        headers: { ...json, 'x-forwarded-for': `10.0.${i}.1`, 'x-real-ip': `10.1.${i}.1` },
        body: '{}',
      })
      statuses.push(status)
    }
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(400))
    expect(statuses.slice(20)).toEqual(Array(10).fill(429))
  })

  test('a client-sent X-Forwarded-Host does not make another site same-origin', async () => {
    const { status } = await sendRaw(server.port, {
      name: 'forged host',
      method: 'POST',
      path: '/pledge/submit/campaign',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'http://evil.example',
        'x-forwarded-host': 'evil.example',
      },
      body: `campaign=${CAMPAIGN_SLUG}`,
    })
    expect(status).toBe(403)
  })

  test('a client-sent X-Forwarded-Proto does not change how cookies are sent', async () => {
    const { status, draft } = await postCampaignStep(server.port, { 'x-forwarded-proto': 'https' })
    expect(status).toBe(303)
    expect(draft).toBeDefined()
    expect(draft).not.toMatch(/;\s*Secure/i)
  })
})
