import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

// The secret is read once per process, so each case loads fresh modules in its own working directory.
async function freshResolve() {
  vi.resetModules()
  const { resolveAuthSecret } = await import('@/server/auth/resolve-auth-secret')
  return resolveAuthSecret
}

describe('resolveAuthSecret', () => {
  const cwd = process.cwd()
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lc-secret-'))
    process.chdir(dir)
  })
  afterEach(() => {
    process.chdir(cwd)
    rmSync(dir, { recursive: true, force: true })
    vi.unstubAllEnvs()
  })

  it('outside production without AUTH_SECRET, generates one into data/.auth-secret and reuses it', async () => {
    vi.stubEnv('NODE_ENV', 'development')
    vi.stubEnv('AUTH_SECRET', '')
    const first = (await freshResolve())()
    const file = path.join(dir, 'data/.auth-secret')
    expect(first.length).toBeGreaterThanOrEqual(32)
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(statSync(file).mode & 0o077).toBe(0)
    // A restart reads the same key, so sessions survive it.
    expect((await freshResolve())()).toBe(first)
  })

  it('uses AUTH_SECRET when set, and requires it in production', async () => {
    vi.stubEnv('AUTH_SECRET', 'x'.repeat(40))
    vi.stubEnv('NODE_ENV', 'production')
    // Production also needs mail (or the explicit demo flag): src/lib/env.ts.
    vi.stubEnv('SMTP_URL', 'smtp://127.0.0.1:2525')
    expect((await freshResolve())()).toBe('x'.repeat(40))
    vi.stubEnv('AUTH_SECRET', '')
    expect(await freshResolve()).toThrow(/AUTH_SECRET must be set in production/)
  })
})
