import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { installRequestIds, markErrorReported, rootLogger, routeConsoleToLogger } from '@/lib/log/logger.mjs'
import { logRequestError } from '@/lib/log/log-request-error'
import { captureLogs } from '../../helpers/capture-logs'

const AUTH_SECRET = 'logger-test-auth-secret-0123456789abcdef'

describe('the logger keeps secrets out of the log', () => {
  it('redacts secret fields at any of the first levels and tokens, URL passwords and AUTH_SECRET in text', () => {
    vi.stubEnv('AUTH_SECRET', AUTH_SECRET)
    const logs = captureLogs()
    try {
      const log = rootLogger().child({ component: 'test' })
      log.info(
        {
          password: 'pw-top-level-leak01',
          user: { email: 'a@b.org', passwordHash: '$argon2id$hash-leak02', token: 'tok-nested-leak03' },
          req: {
            headers: { cookie: 'authjs.session-token=cookie-leak04', authorization: 'Bearer bearer-leak05' },
          },
          res: { headers: { 'set-cookie': 'authjs.session-token=set-cookie-leak06' } },
          env: {
            DATABASE_URL: 'postgresql://app:db-pass-leak07@db/app',
            SMTP_URL: 'smtp://u:smtp-pass-leak08@mail',
          },
          secret: 'secret-leak09',
          link: 'https://site.test/pledge/confirm/confirm-token-leak10?x=1',
        },
        `mail to smtp://user:smtp-pass-leak11@host:587 with /invitation/invite-token-leak12 and ${AUTH_SECRET}`,
      )
      log.error(
        {
          err: new Error(
            'connect to postgres://app:db-pass-leak13@db/app failed for /reset-password/reset-leak14',
          ),
        },
        'sign-in link /signin/confirm?token=signin-leak15&email=a%40b.org failed',
      )
      log.warn({ path: '/pledge/withdraw/withdraw-leak16' }, 'withdraw')

      const text = logs.text
      expect(text).not.toContain('leak')
      expect(text).not.toContain(AUTH_SECRET)
      // What is not secret stays readable.
      expect(text).toContain('a@b.org')
      expect(logs.lines[0]).toMatchObject({
        password: '[redacted]',
        user: { passwordHash: '[redacted]', token: '[redacted]' },
        link: 'https://site.test/pledge/confirm/[redacted]?x=1',
        msg: 'mail to smtp://user:[redacted]@host:587 with /invitation/[redacted] and [redacted]',
      })
      expect(logs.lines[1]!.err).toMatchObject({
        message: 'connect to postgres://app:[redacted]@db/app failed for /reset-password/[redacted]',
      })
    } finally {
      logs.restore()
      vi.unstubAllEnvs()
    }
  })

  it('writes one JSON object a line with level, time and message', () => {
    const logs = captureLogs()
    try {
      rootLogger().child({ component: 'mail' }).info({ outboxMessageId: 'm1' }, 'email sent')
      expect(logs.text.trim().split('\n')).toHaveLength(1)
      expect(logs.lines[0]).toMatchObject({
        level: 'info',
        component: 'mail',
        outboxMessageId: 'm1',
        msg: 'email sent',
      })
      expect(new Date(String(logs.lines[0]!.time)).getTime()).not.toBeNaN()
    } finally {
      logs.restore()
    }
  })
})

describe('request ids', () => {
  let server: Server
  let base: string
  const logs = captureLogs()

  beforeAll(async () => {
    installRequestIds()
    const log = rootLogger().child({ component: 'mail' })
    server = createServer(async (req, res) => {
      await new Promise((r) => setTimeout(r, 5))
      log.info({ path: req.url }, 'handled')
      res.end(String(req.headers['x-request-id']))
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((r) => server.close(r))
    logs.restore()
  })

  const lineFor = (path: string) => logs.lines.find((l) => l.path === path)

  it('every request gets one, on the request, the response and each line logged while handling it', async () => {
    const paths = ['/a', '/b', '/c', '/d']
    const responses = await Promise.all(paths.map((p) => fetch(base + p)))
    const ids = await Promise.all(
      responses.map(async (r) => {
        const id = r.headers.get('x-request-id')
        expect(await r.text()).toBe(id)
        return id
      }),
    )
    expect(new Set(ids).size).toBe(paths.length)
    paths.forEach((p, i) => expect(lineFor(p)?.requestId).toBe(ids[i]))
  })

  it("keeps the proxy's X-Request-Id when it has a safe shape, and replaces one that does not", async () => {
    const nginxId = '0f3c9a1e5b7d4c2a8e6f1b3d5a7c9e0f'
    const kept = await fetch(`${base}/kept`, { headers: { 'x-request-id': nginxId } })
    expect(kept.headers.get('x-request-id')).toBe(nginxId)
    expect(lineFor('/kept')?.requestId).toBe(nginxId)

    for (const bad of ['short', 'a'.repeat(200), 'id with spaces', '"},"level":"fatal']) {
      const r = await fetch(`${base}/bad-${bad.length}`, { headers: { 'x-request-id': bad } })
      const id = r.headers.get('x-request-id')
      expect(id).not.toBe(bad)
      expect(id).toMatch(/^[0-9a-f-]{36}$/)
      expect(lineFor(`/bad-${bad.length}`)?.requestId).toBe(id)
    }
  })
})

describe('request errors are logged once, with their context', () => {
  const context = { routerKind: 'App Router', routeType: 'render', revalidateReason: undefined } as const

  it('logs path, method, route, request id and the digest the error page shows, without tokens', () => {
    const logs = captureLogs()
    try {
      const error = Object.assign(new Error('database exploded'), { digest: '1234567890' })
      logRequestError(
        error,
        {
          path: '/pledge/confirm/secret-token-value?x=1',
          method: 'POST',
          headers: { 'x-request-id': 'req-0123456789' },
        },
        { ...context, routePath: '/pledge/confirm/[token]', renderSource: 'react-server-components' },
      )
      expect(logs.lines).toEqual([
        expect.objectContaining({
          level: 'error',
          component: 'request',
          requestId: 'req-0123456789',
          method: 'POST',
          path: '/pledge/confirm/[redacted]?x=1',
          routePath: '/pledge/confirm/[token]',
          routeType: 'render',
          digest: '1234567890',
          msg: 'request failed',
          err: expect.objectContaining({ message: 'database exploded' }),
        }),
      ])
      expect(logs.text).not.toContain('secret-token-value')
    } finally {
      logs.restore()
    }
  })

  it('a second report of the same error for the same request (as Next.js makes for pages) is not logged again', () => {
    const logs = captureLogs()
    try {
      const request = { path: '/members?q=x', method: 'GET', headers: { 'x-request-id': 'req-twice-0001' } }
      const error = Object.assign(new Error('no such table'), { digest: '322710889' })
      const sameDigest = Object.assign(new Error('no such table'), { digest: '322710889' })
      logRequestError(error, request, { ...context, routePath: '/_views/members/[view]' })
      logRequestError(error, request, { ...context, routePath: '/_views/members/[view]/page' })
      logRequestError(sameDigest, request, { ...context, routePath: '/_views/members/[view]/page' })
      const inAnotherRequest = Object.assign(new Error('no such table'), { digest: '322710889' })
      logRequestError(
        inAnotherRequest,
        { ...request, headers: { 'x-request-id': 'req-other-0002' } },
        {
          ...context,
          routePath: '/_views/members/[view]',
        },
      )
      expect(logs.lines.map((l) => l.requestId)).toEqual(['req-twice-0001', 'req-other-0002'])
    } finally {
      logs.restore()
    }
  })

  it('an AppError that reaches the framework is a warning with its code', () => {
    const logs = captureLogs()
    try {
      const refusal = Object.assign(new Error('You do not have permission to do that.'), {
        name: 'AppError',
        code: 'FORBIDDEN',
      })
      logRequestError(
        refusal,
        { path: '/admin/users', method: 'GET', headers: {} },
        { ...context, routePath: '/admin/users' },
      )
      expect(logs.lines).toEqual([
        expect.objectContaining({
          level: 'warn',
          code: 'FORBIDDEN',
          msg: 'request refused',
          requestId: expect.any(String),
        }),
      ])
    } finally {
      logs.restore()
    }
  })

  it("the framework's console copy of a reported error is dropped; other console output becomes JSON lines", async () => {
    const logs = captureLogs()
    const restoreConsole = routeConsoleToLogger(rootLogger())
    try {
      const reported = new Error('reported by onRequestError')
      console.error(' ⨯', reported) // Next.js prints the error, then calls onRequestError with it
      markErrorReported(reported)
      const unreported = new Error('only printed')
      console.error('background job failed:', unreported)
      console.warn('a warning with %d argument', 1)
      await new Promise((r) => setImmediate(r))
      await new Promise((r) => setImmediate(r))
      expect(logs.lines).toEqual([
        expect.objectContaining({ level: 'warn', msg: 'a warning with 1 argument' }),
        expect.objectContaining({
          level: 'error',
          msg: 'background job failed:',
          err: expect.objectContaining({ message: 'only printed' }),
        }),
      ])
    } finally {
      restoreConsole()
      logs.restore()
    }
  })
})
