import { describe, expect, test } from 'vitest'
import { EnvError, parseEnv } from '@/lib/env'

function issuesOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source)
  } catch (e) {
    if (e instanceof EnvError) return e.issues
    throw e
  }
  throw new Error('expected parseEnv to fail')
}

describe('parseEnv', () => {
  test('an empty environment gets the demo defaults', () => {
    const env = parseEnv({})
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      DATABASE_URL: 'file:./data/leadership.db',
      databaseProvider: 'sqlite',
      DATABASE_POOL_SIZE: 10,
      SITE_URL: 'http://localhost:3000',
    })
    expect(env.AUTH_SECRET).toBeUndefined()
    expect(env.SMTP_URL).toBeUndefined()
  })

  test('a postgres URL selects the postgres provider and the pool size is read as a number', () => {
    const env = parseEnv({ DATABASE_URL: 'postgresql://u:p@localhost:5432/db', DATABASE_POOL_SIZE: '4' })
    expect(env.databaseProvider).toBe('postgres')
    expect(env.DATABASE_POOL_SIZE).toBe(4)
  })

  test('a bad DATABASE_URL is refused with a message naming the variable', () => {
    const issues = issuesOf({ DATABASE_URL: 'mysql://localhost/db' })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatch(/^DATABASE_URL: /)
  })

  test('SITE_URL must be absolute; a trailing slash is dropped', () => {
    expect(issuesOf({ SITE_URL: 'example.org' })[0]).toMatch(/^SITE_URL: must be an absolute URL/)
    expect(parseEnv({ SITE_URL: 'https://climate.example.org/' }).SITE_URL).toBe(
      'https://climate.example.org',
    )
  })

  test('AUTH_SECRET shorter than 32 characters is refused', () => {
    expect(issuesOf({ AUTH_SECRET: 'x'.repeat(31) })).toEqual(['AUTH_SECRET: must be at least 32 characters'])
    expect(parseEnv({ AUTH_SECRET: 'x'.repeat(32) }).AUTH_SECRET).toHaveLength(32)
  })

  test('REDIS_URL is optional and must be a redis:// or rediss:// URL', () => {
    expect(parseEnv({}).REDIS_URL).toBeUndefined()
    expect(parseEnv({ REDIS_URL: 'redis://127.0.0.1:6379/0' }).REDIS_URL).toBe('redis://127.0.0.1:6379/0')
    expect(issuesOf({ REDIS_URL: 'localhost:6379' })).toEqual([
      'REDIS_URL: must be a redis:// or rediss:// URL',
    ])
  })

  test('an empty string counts as unset, so the default applies', () => {
    const env = parseEnv({ DATABASE_URL: '', SITE_URL: '', AUTH_SECRET: '', SMTP_URL: '' })
    expect(env.DATABASE_URL).toBe('file:./data/leadership.db')
    expect(env.SITE_URL).toBe('http://localhost:3000')
    expect(env.AUTH_SECRET).toBeUndefined()
    expect(env.SMTP_URL).toBeUndefined()
  })

  test('production refuses to start without SMTP_URL unless DEMO_MODE says it is a demonstration', () => {
    const [issue] = issuesOf({ NODE_ENV: 'production' })
    expect(issue).toMatch(/^SMTP_URL: is required in production/)
    expect(issue).toContain('DEMO_MODE=true')
    expect(parseEnv({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail:587' }).DEMO_MODE).toBe(false)
    expect(parseEnv({ NODE_ENV: 'production', DEMO_MODE: 'true' }).DEMO_MODE).toBe(true)
    expect(issuesOf({ NODE_ENV: 'production', DEMO_MODE: 'false' })[0]).toMatch(/^SMTP_URL: /)
    expect(issuesOf({ DEMO_MODE: 'maybe' })).toEqual(['DEMO_MODE: must be true or false'])
    // `next build` runs with NODE_ENV=production but sends no mail.
    expect(
      parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).SMTP_URL,
    ).toBeUndefined()
    expect(parseEnv({ NODE_ENV: 'development' }).DEMO_MODE).toBe(false)
  })

  test('every bad variable is named at once', () => {
    const issues = issuesOf({
      DATABASE_URL: 'nope',
      SITE_URL: 'nope',
      AUTH_SECRET: 'short',
      SMTP_URL: 'http://x',
    })
    expect(issues.map((i) => i.split(':')[0]).sort()).toEqual([
      'AUTH_SECRET',
      'DATABASE_URL',
      'SITE_URL',
      'SMTP_URL',
    ])
  })
})
