// /healthz and /readyz as nginx and systemd see them: 200 with `no-store` while the database answers, 503 when
// it does not, with nothing in the body but one word. SQLite: the run's database file moved away under the
// running app. PostgreSQL: the probe (the proxy's, decision 0012) on a throwaway cluster of its own (port 4217)
// stopped and started again, since the run's shared server cannot be stopped.
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { GET as healthz } from '@/app/healthz/route'
import { GET as readyz } from '@/app/readyz/route'
import { createDatabaseProbe, rememberedProbe, type DatabaseProbe } from '@/server/health/database-probe'
import { pgServerControl, startPgCluster, type PgCluster } from '../../../scripts/lib/pg-cluster.mjs'

const provider = inject('databaseProvider')
// The answers are cached for a second (a flood of checks costs one query a second).
const pastFreshness = () => new Promise((r) => setTimeout(r, 1_100))

async function expectAnswer(response: Response, status: number, body: string) {
  expect(response.status).toBe(status)
  expect(response.headers.get('cache-control')).toBe('no-store')
  expect(await response.text()).toBe(body)
}

test('/healthz answers 200 ok, never stored', async () => {
  await expectAnswer(healthz(), 200, 'ok\n')
})

test('/readyz answers 200 while the database answers', async () => {
  await expectAnswer(await readyz(), 200, 'ok\n')
})

test('a remembered probe asks once a second, shares one check between callers and says when the answer flips', async () => {
  // Down takes two failed checks in a row (the second confirms the first); up again takes one.
  const answers = [false, false, true]
  let asked = 0
  const flips: boolean[] = []
  const check = rememberedProbe({
    probe: { check: async () => answers[asked++] ?? true, close: async () => {} },
    freshMs: 200,
    initial: true,
    onChange: (up) => flips.push(up),
  })
  expect(await Promise.all([check(), check(), check()])).toEqual([false, false, false])
  expect(await check()).toBe(false)
  expect(asked).toBe(2)
  await new Promise((r) => setTimeout(r, 250))
  expect(await check()).toBe(true)
  expect(asked).toBe(3)
  expect(flips).toEqual([false, true])
})

test('one failed check while the database answered is asked again: a single slow answer flips nothing', async () => {
  const answers = [true, false, true]
  let asked = 0
  const flips: boolean[] = []
  const check = rememberedProbe({
    probe: { check: async () => answers[asked++] ?? true, close: async () => {} },
    freshMs: 0,
    initial: true,
    onChange: (up) => flips.push(up),
  })
  expect(await check()).toBe(true)
  expect(await check()).toBe(true)
  expect(asked).toBe(3)
  expect(flips).toEqual([])
})

describe.skipIf(provider !== 'sqlite')('SQLite', () => {
  test('/readyz answers 503 while the database file is gone, 200 once it is back', async () => {
    const file = path.resolve(process.env.DATABASE_URL!.slice('file:'.length))
    await pastFreshness()
    renameSync(file, `${file}.away`)
    try {
      await expectAnswer(await readyz(), 503, 'unavailable\n')
    } finally {
      renameSync(`${file}.away`, file)
    }
    await pastFreshness()
    await expectAnswer(await readyz(), 200, 'ok\n')
  })

  test('a file that is not a database is not ready', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'readiness-'))
    writeFileSync(
      `${dir}/broken.db`,
      'not a database, only text long enough to be read as a header'.repeat(20),
    )
    expect(await createDatabaseProbe({ url: `file:${dir}/broken.db`, timeoutMs: 500 }).check()).toBe(false)
  })
})

describe.skipIf(provider !== 'postgres')('PostgreSQL', () => {
  let cluster: PgCluster
  let probe: DatabaseProbe

  beforeAll(async () => {
    cluster = await startPgCluster({ port: 4217 })
    probe = createDatabaseProbe({ url: await cluster.createDatabase('readiness'), timeoutMs: 1_000 })
  })
  afterAll(async () => {
    await probe?.close()
    cluster?.stop()
  })

  test('the probe says no while the server is stopped, yes once it is back, with the same pool', async () => {
    const server = pgServerControl(cluster.dir, cluster.serverOptions)
    expect(await probe.check()).toBe(true)
    server.stopServer('fast')
    try {
      expect(await probe.check()).toBe(false)
    } finally {
      server.startServer()
    }
    expect(await probe.check()).toBe(true)
  })

  test('a server that does not exist is not ready, within the timeout', async () => {
    const nowhere = createDatabaseProbe({ url: 'postgres://nobody:secret@127.0.0.1:1/none', timeoutMs: 500 })
    expect(await nowhere.check()).toBe(false)
    await nowhere.close()
  })
})
