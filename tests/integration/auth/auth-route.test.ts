// The /api/auth route (src/server/auth/auth-route.ts around Auth.js's handlers, as route.ts serves it): an
// emailed link signs in only from its confirmation page's same-site POST (no login CSRF), and nothing it
// answers may be cached.
import { Auth, skipCSRFCheck } from '@auth/core'
import { NextRequest } from 'next/server'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { authConfig } from '@/server/auth/auth-config'
import { authRoute } from '@/server/auth/auth-route'
import { db, municipalityWithOfficials } from '../portal/fixtures'

const ORIGIN = 'http://localhost:3000'

const authJs = (request: Request, csrf?: typeof skipCSRFCheck) =>
  Auth(request, { ...authConfig(), basePath: '/api/auth', trustHost: true, skipCSRFCheck: csrf })
const { GET, POST } = authRoute({ GET: (r) => authJs(r), POST: (r) => authJs(r) })

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

const get = (path: string, headers: Record<string, string> = {}) =>
  GET(new NextRequest(`${ORIGIN}${path}`, { headers }))

function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return POST(
    new NextRequest(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams(fields),
    }),
  )
}

const hasSession = (res: Response) =>
  res.headers.getSetCookie().some((c) => /^authjs\.session-token=[^;]/.test(c))

/** A real sign-in link for a confirmed official, as the email carries it (token, email, callbackUrl). */
async function emailedLink() {
  const { official } = await municipalityWithOfficials()
  // As the sign-in form's server action asks for it.
  await authJs(
    new Request(`${ORIGIN}/api/auth/signin/nodemailer`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: official.email, callbackUrl: '/portal' }),
    }),
    skipCSRFCheck,
  )
  const message = await db.outboxMessage.findFirstOrThrow({
    where: { to: official.email },
    orderBy: { createdAt: 'desc' },
  })
  const link = new URL(message.text.match(/https?:\/\/\S+\/signin\/confirm\?\S+/)![0])
  return { email: official.email, fields: Object.fromEntries(link.searchParams) }
}

const tokensLeft = (email: string) => db.verificationToken.count({ where: { identifier: email } })

describe('an emailed sign-in link (login CSRF)', () => {
  it('opened directly, or sent there by another site, shows the confirmation page and signs no one in', async () => {
    const { email, fields } = await emailedLink()
    const res = await get(`/api/auth/callback/nodemailer?${new URLSearchParams(fields)}`, {
      'sec-fetch-site': 'cross-site',
    })
    expect(res.status).toBe(303)
    const location = new URL(res.headers.get('location')!, ORIGIN)
    expect(location.pathname).toBe('/signin/confirm')
    expect(location.searchParams.get('token')).toBe(fields.token)
    expect(hasSession(res)).toBe(false)
    expect(await tokensLeft(email)).toBe(1) // not spent
  })

  it('posted from another site is refused, and the link stays usable', async () => {
    const { email, fields } = await emailedLink()
    for (const headers of <Record<string, string>[]>[
      { 'sec-fetch-site': 'cross-site', origin: 'https://attacker.example' },
      { 'sec-fetch-site': 'same-site', origin: 'https://sub.localhost:3000' },
      { origin: 'https://attacker.example' },
    ]) {
      const res = await postForm('/api/auth/callback/nodemailer', fields, headers)
      expect(res.status).toBe(403)
      expect(hasSession(res)).toBe(false)
    }
    expect(await tokensLeft(email)).toBe(1)
  })

  it('signs in from the confirmation page’s button (a same-origin POST, which sends "Origin: null")', async () => {
    const { email, fields } = await emailedLink()
    const res = await postForm('/api/auth/callback/nodemailer', fields, {
      'sec-fetch-site': 'same-origin',
      origin: 'null',
    })
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/portal')
    expect(hasSession(res)).toBe(true)
    expect(await tokensLeft(email)).toBe(0)
  })
})

describe('every /api/auth answer', () => {
  it('carries Cache-Control: no-store', async () => {
    const answers: [string, Response][] = [
      ['providers', await get('/api/auth/providers')],
      ['sign-out page', await get('/api/auth/signout')],
      ['session', await get('/api/auth/session')],
      ['csrf', await get('/api/auth/csrf')],
      ['link opened directly', await get('/api/auth/callback/nodemailer?token=x&email=a%40b.org')],
      ['link request', await postForm('/api/auth/signin/nodemailer', { email: 'a@b.org' })],
      [
        'cross-site link post',
        await postForm('/api/auth/callback/nodemailer', {}, { 'sec-fetch-site': 'cross-site' }),
      ],
    ]
    for (const [label, res] of answers)
      expect([label, res.headers.get('cache-control')]).toEqual([label, 'no-store'])
  })
})

describe('a hostile callbackUrl', () => {
  const hostile = ['%', '%E0%A4%A', '%00', 'javascript:alert(1)', '//evil.example', `/${'a'.repeat(5000)}`]

  it('in the query gets an answer, never a 500', async () => {
    for (const callbackUrl of hostile) {
      const query = `callbackUrl=${callbackUrl}`
      for (const path of [
        '/api/auth/session',
        '/api/auth/providers',
        '/api/auth/signin',
        '/api/auth/signout',
      ]) {
        const res = await get(`${path}?${query}`)
        expect([path, callbackUrl.slice(0, 20), res.status < 500]).toEqual([
          path,
          callbackUrl.slice(0, 20),
          true,
        ])
      }
    }
  })

  it('in the callback-url cookie gets an answer, never a 500', async () => {
    for (const value of hostile) {
      const res = await get('/api/auth/session', {
        cookie: `authjs.callback-url=${encodeURIComponent(value)}`,
      })
      expect([value.slice(0, 20), res.status]).toEqual([value.slice(0, 20), 200])
    }
  })
})
