// Rate limits shared by several instances: two limiter sets (as two `next start` processes would have)
// on one PostgreSQL, or one Redis, count together; an unreachable store never turns into an error.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { afterAll, afterEach, describe, expect, inject, test } from 'vitest'
import { createRateLimiters, type RateLimiters } from '@/server/rate-limit/create-rate-limiters'
import { uniqueSlug } from '../../helpers/db'

const provider = inject('databaseProvider')
const databaseUrl = inject('databaseUrl')
const REDIS_SERVER = '/usr/bin/redis-server'
// Ports 4701-4720 belong to this suite; the SQLite and PostgreSQL runs use different ones.
const redisPort = provider === 'sqlite' ? 4711 : 4712
const deadRedisPort = provider === 'sqlite' ? 4713 : 4714

const open: RateLimiters[] = []
function limiters(options: Parameters<typeof createRateLimiters>[0]) {
  const l = createRateLimiters({ warn: () => {}, ...options })
  open.push(l)
  return l
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((l) => l.close()))
})

/** pledge-resend:email allows 3 attempts an hour: alternate between the two instances. */
async function attemptsAcross(a: RateLimiters, b: RateLimiters, key: string, n: number) {
  const results: boolean[] = []
  for (let i = 0; i < n; i++) results.push(await (i % 2 ? b : a).consume('pledge-resend:email', key))
  return results
}

test.skipIf(provider !== 'postgres')('two instances on one PostgreSQL share the count', async () => {
  const a = limiters({ databaseUrl })
  const b = limiters({ databaseUrl })
  expect([a.store, b.store]).toEqual(['postgres', 'postgres'])
  const key = `${uniqueSlug('m')}@city.gov`
  expect(await attemptsAcross(a, b, key, 5)).toEqual([true, true, true, false, false])
  // Another key, and another limit on the same key, have their own counts.
  expect(await b.consume('pledge-resend:email', `${uniqueSlug('m')}@city.gov`)).toBe(true)
  expect(await b.consume('pledge-submit:email', key)).toBe(true)
})

test.skipIf(provider !== 'sqlite')('on SQLite (one process) the counts are in memory', async () => {
  const a = limiters({ databaseUrl })
  expect(a.store).toBe('memory')
  const key = `${uniqueSlug('m')}@city.gov`
  const results = []
  for (let i = 0; i < 4; i++) results.push(await a.consume('pledge-resend:email', key))
  expect(results).toEqual([true, true, true, false])
})

test('a limit set by the environment (SIGN_IN_LINKS_PER_IP_PER_HOUR) replaces its default, on any store', async () => {
  const ip = `203.0.113.${Math.floor(Math.random() * 250) + 1}-${uniqueSlug('ip')}`
  const a = limiters({ databaseUrl, points: { 'sign-in-link:ip': 2 } })
  const results = []
  for (let i = 0; i < 3; i++) results.push(await a.consume('sign-in-link:ip', ip))
  expect(results).toEqual([true, true, false])
  expect(await a.isSpent('sign-in-link:ip', ip)).toBe(true)
  // The others keep theirs.
  for (let i = 0; i < 3; i++) expect(await a.consume('pledge-resend:email', ip)).toBe(true)
  expect(await a.consume('pledge-resend:email', ip)).toBe(false)
})

describe('an unreachable shared store', () => {
  test.each([
    ['PostgreSQL', { databaseUrl: 'postgresql://nobody:nothing@127.0.0.1:1/none' }],
    ['Redis', { redisUrl: `redis://127.0.0.1:${deadRedisPort}` }],
  ])('%s: requests go on, limited per instance, with one warning a minute', async (_, options) => {
    const warnings: string[] = []
    const a = limiters({ ...options, warn: (m) => warnings.push(m) })
    const key = `${uniqueSlug('m')}@city.gov`
    const results = []
    for (let i = 0; i < 5; i++) results.push(await a.consume('pledge-resend:email', key))
    expect(results).toEqual([true, true, true, false, false])
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^Rate limits: .*(unreachable|failed).*counting per instance/)
  })
})

describe.skipIf(!existsSync(REDIS_SERVER))('with Redis', () => {
  let server: ChildProcess | undefined
  afterAll(() => {
    server?.kill()
  })

  test('two instances on one Redis share the count', async () => {
    server = spawn(
      REDIS_SERVER,
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    await new Promise<void>((resolve, reject) => {
      let out = ''
      server!.stdout!.on('data', (d: Buffer) => {
        out += d
        if (out.includes('Ready to accept connections')) resolve()
      })
      server!.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)))
    })
    const redisUrl = `redis://127.0.0.1:${redisPort}`
    const a = limiters({ redisUrl, databaseUrl })
    const b = limiters({ redisUrl, databaseUrl })
    expect([a.store, b.store]).toEqual(['redis', 'redis'])
    const key = `${uniqueSlug('m')}@city.gov`
    // No waiting for the connections: a fresh instance's first counts already go to Redis.
    expect(await attemptsAcross(a, b, key, 5)).toEqual([true, true, true, false, false])
  })
})

if (!existsSync(REDIS_SERVER)) {
  console.warn(
    `Skipping the Redis rate-limit test: ${REDIS_SERVER} not found (apt-get install -y redis-server).`,
  )
}
