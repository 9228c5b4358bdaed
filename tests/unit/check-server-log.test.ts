import { describe, expect, test } from 'vitest'
import { createHash } from 'node:crypto'
import {
  emailTokens,
  hashedTokensIn,
  inspectLog,
  specPasswords,
} from '../../scripts/lib/check-server-log.mjs'

// The check `npm test` runs on the e2e server's log: it must catch what it is there to catch.
const line = (o: object) => JSON.stringify({ level: 'info', time: '2026-11-28T20:00:00.000Z', ...o })
const token = 'Zk3xQ9_b7VqLmN2pR5sT8uW1yA4cE6gH0jK-oP3rS6v'

describe('the server log check', () => {
  test('finds the tokens of every kind of email link, and long random-looking link segments', () => {
    const found = emailTokens([
      `Confirm: https://site.test/pledge/confirm/${token}\nWithdraw: https://site.test/pledge/withdraw/w${token}`,
      `https://site.test/invitation/i${token} https://site.test/reset-password/r${token}`,
      `https://site.test/signin/confirm?token=${'ab12'.repeat(16)}&email=a%40b.org&callbackUrl=%2Fportal`,
      'https://site.test/members/saint-louis-park and https://site.test/portal/x/reports/2025',
    ])
    const kinds = new Set(found.map((t) => t.kind))
    expect(kinds).toEqual(
      new Set([
        'pledge confirmation token',
        'pledge withdrawal token',
        'invitation token',
        'password reset token',
        'sign-in link token',
        'random-looking email link segment',
      ]),
    )
    expect(found.map((t) => t.value)).not.toContain('saint-louis-park')
  })

  test('finds a single-use token the outbox never kept (mail sent by SMTP) by its hash in the database', () => {
    const hash = createHash('sha256').update(token).digest('hex')
    const leaked = line({ msg: `GET /reset-password/${token}` })
    expect(hashedTokensIn(leaked, [hash])).toBe(1)
    expect(
      hashedTokensIn(line({ msg: 'GET /reset-password/[redacted]', requestId: 'r'.repeat(20) }), [hash]),
    ).toBe(0)
  })

  test('reads the passwords the specs type', () => {
    expect(specPasswords('tests/e2e')).toContain('e2e staff passphrase 2026')
  })

  test('a clean log of JSON lines after the Next.js banner passes', () => {
    const log = [
      '\u001b[1m▲ Next.js 16.4.6\u001b[22m',
      '- Local:         http://localhost:3000',
      '✓ Ready in 561ms',
      line({ component: 'mail', requestId: '0f3c9a1e5b7d4c2a8e6f1b3d5a7c9e0f', msg: 'email sent' }),
      line({ component: 'cache', msg: 'Shared Next.js cache on Redis redis://127.0.0.1:6379.' }),
    ].join('\n')
    expect(inspectLog(log, [{ kind: 'invitation token', value: token }])).toMatchObject({
      ok: true,
      problems: [],
    })
  })

  test('a leaked secret fails, named by its kind and never shown', () => {
    const log = line({ component: 'request', requestId: 'req-12345678', path: `/invitation/${token}` })
    const result = inspectLog(log, [
      { kind: 'invitation token', value: token },
      { kind: 'AUTH_SECRET', value: 'not-in-the-log-0123456789' },
    ])
    expect(result.ok).toBe(false)
    expect(result.problems).toEqual(['the log holds 1 invitation token'])
    expect(result.problems.join(' ')).not.toContain(token)
  })

  test('session and CSRF cookie values fail by their shape alone', () => {
    const jwe =
      'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..abcDEF123_-abc.ciphertextCIPHERtext123.tagTAG123456789'
    const csrf = `${'a1'.repeat(32)}%7C${'b2'.repeat(32)}`
    expect(inspectLog(line({ msg: `cookie ${jwe}` }), []).problems).toEqual([
      'the log holds something shaped like a session cookie (JWE/JWT)',
    ])
    expect(inspectLog(line({ msg: csrf }), []).problems).toEqual([
      'the log holds something shaped like a CSRF cookie',
    ])
  })

  test('plain-text lines after start-up and request-scoped lines without a request id fail', () => {
    const log = [
      line({ component: 'cache', msg: 'started' }),
      'Error: boom',
      '    at somewhere (file.js:1:1)',
      line({ component: 'mail', msg: 'email sent' }),
      line({ component: 'request', requestId: 'bad id with spaces', msg: 'request failed' }),
    ].join('\n')
    expect(inspectLog(log, []).problems).toEqual([
      '2 log line(s) are not JSON',
      '2 request-scoped log line(s) have no valid request id',
    ])
  })
})
