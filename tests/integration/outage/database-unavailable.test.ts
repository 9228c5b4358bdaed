// A PostgreSQL server stopped under a running client (decision 0012): every kind of query fails with
// DatabaseUnavailableError (status 503, with the digest the error pages recognise; not rewrapped by Prisma), a wrong
// query does not, and the same client works again once the server is back. Its own throwaway cluster (port
// 4216), as this stops it; PostgreSQL runs only.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest'
import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '@/server/generated/postgres/client'
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/outage'
import { DatabaseUnavailableError } from '@/server/outage/database-unavailable-error'
import { flagUnavailableDatabase } from '@/server/outage/flag-unavailable-database'
import { isConnectionError } from '@/server/outage/is-connection-error'
import { pgServerControl, startPgCluster, type PgCluster } from '../../../scripts/lib/pg-cluster.mjs'

const provider = inject('databaseProvider')

describe.skipIf(provider !== 'postgres')('a PostgreSQL outage under a running client', () => {
  let cluster: PgCluster
  let server: ReturnType<typeof pgServerControl>
  let client: PrismaClient

  beforeAll(async () => {
    // Durable: an immediate stop must not lose a committed row (the test counts them).
    cluster = await startPgCluster({ port: 4216, durable: true })
    server = pgServerControl(cluster.dir, cluster.serverOptions)
    const url = await cluster.createDatabase('outage')
    client = new PrismaClient({
      adapter: flagUnavailableDatabase(new PrismaPg({ connectionString: url, max: 3 })),
    })
    await client.$executeRawUnsafe('CREATE TABLE note (id serial PRIMARY KEY, body text NOT NULL)')
  })
  afterAll(async () => {
    await client?.$disconnect()
    cluster?.stop()
  })

  const failure = (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: unknown) => e,
    )

  async function expectUnavailable(p: Promise<unknown>) {
    const e = await failure(p)
    expect(e).toBeInstanceOf(DatabaseUnavailableError)
    expect((e as DatabaseUnavailableError).status).toBe(503)
    expect((e as DatabaseUnavailableError).digest).toBe(DATABASE_UNAVAILABLE_DIGEST)
  }

  test('stopped (fast, then immediate): every kind of query is flagged; started: the same client works', async () => {
    for (const mode of ['fast', 'immediate'] as const) {
      // Connections open in the pool when the server goes: the first query meets a closed one.
      await Promise.all([1, 2, 3].map(() => client.$executeRaw`SELECT pg_sleep(0.05)`))
      server.stopServer(mode)
      await expectUnavailable(client.$queryRaw`SELECT 1`)
      await expectUnavailable(client.$executeRaw`INSERT INTO note (body) VALUES ('lost')`)
      await expectUnavailable(client.$transaction(async (tx) => tx.$queryRaw`SELECT 1`))
      await expectUnavailable(client.$transaction([client.$queryRaw`SELECT 1`, client.$queryRaw`SELECT 2`]))
      server.startServer()
      await client.$executeRaw`INSERT INTO note (body) VALUES ('kept')`
      expect(await client.$queryRaw`SELECT count(*)::int AS n FROM note`).toEqual([
        { n: mode === 'fast' ? 1 : 2 },
      ])
    }
  })

  test('a query cut off mid-way by a crash is flagged too', async () => {
    const slow = failure(client.$executeRaw`SELECT pg_sleep(5)`)
    await new Promise((r) => setTimeout(r, 300))
    server.stopServer('immediate')
    try {
      expect(await slow).toBeInstanceOf(DatabaseUnavailableError)
    } finally {
      server.startServer()
    }
    expect(await client.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }])
  })

  test('connections killed by the server are replaced without an error', async () => {
    await Promise.all([1, 2, 3].map(() => client.$executeRaw`SELECT pg_sleep(0.05)`))
    const admin = new PrismaClient({
      adapter: new PrismaPg({ connectionString: cluster.url('postgres'), max: 1 }),
    })
    await admin.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'outage'`
    await admin.$disconnect()
    await new Promise((r) => setTimeout(r, 200))
    for (let i = 0; i < 5; i++) expect(await client.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }])
  })

  test('a wrong query or a broken constraint is not an outage', async () => {
    expect(await failure(client.$queryRawUnsafe('SELEC 1'))).not.toBeInstanceOf(DatabaseUnavailableError)
    const e = await failure(client.$executeRaw`INSERT INTO note (body) VALUES (NULL)`)
    expect(e).not.toBeInstanceOf(DatabaseUnavailableError)
    expect(isConnectionError(e)).toBe(false)
  })
})
