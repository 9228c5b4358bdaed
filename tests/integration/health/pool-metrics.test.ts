// The metrics port's view of the app's database pool: node-postgres's counts on PostgreSQL, read at each scrape;
// nothing on SQLite (one connection in the process, no pool).
import { expect, inject, test } from 'vitest'
import { db } from '@/server/db'
import { env } from '@/lib/env'
import { metricsRegistry } from '@/lib/metrics/metrics.mjs'

const provider = inject('databaseProvider')

async function gauge(name: string) {
  return (await metricsRegistry().getSingleMetric(name)!.get()).values
}

test('the pool gauges follow the app pool on PostgreSQL and stay empty on SQLite', async () => {
  await db.$queryRaw`SELECT 1`
  const connections = await gauge('leadership_db_pool_connections')
  const max = await gauge('leadership_db_pool_max_connections')
  if (provider === 'sqlite') {
    expect(connections).toEqual([])
    expect(max).toEqual([])
    return
  }
  expect(max).toEqual([expect.objectContaining({ value: env().DATABASE_POOL_SIZE })])
  const total = connections.find((v) => v.labels.state === 'total')?.value ?? 0
  expect(total).toBeGreaterThanOrEqual(1)
  expect(total).toBeLessThanOrEqual(env().DATABASE_POOL_SIZE)
  expect(await gauge('leadership_db_pool_waiting_queries')).toEqual([expect.objectContaining({ value: 0 })])
})
