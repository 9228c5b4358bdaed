// The production build on each database under what production will throw at it: 200 submissions at once,
// a SIGKILL in the middle of a burst, and malformed requests. Run by `npm test` (stage "reliability");
// bench/crash-submissions.mjs repeats the crash test 10 times per database.
import { randomBytes } from 'node:crypto'
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

const PORTS = { sqlite: 4401, postgres: 4402 }
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
        logFile: logPath(`server-${provider}`),
      })

    test.beforeAll(async () => {
      test.setTimeout(budget(120_000))
      database = provider === 'postgres' ? await preparePostgres() : prepareSqlite('e2e-rel')
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
