// Signing out ends the session on the server: a copy of the cookie taken before sign-out no longer
// signs anyone in. Through Auth.js itself (its handler with our configuration), for staff (password)
// and officials (email link), and through the guards the admin pages use.
import { Auth, skipCSRFCheck } from '@auth/core'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { authConfig } from '@/server/auth/auth-config'
import { findSessionUser } from '@/server/auth/find-session-user'
import { isSessionLive } from '@/server/auth/is-session-live'
import { db } from '../../helpers/db'
import { municipalityWithOfficials } from '../portal/fixtures'
import { PASSWORD, userWithPassword } from './fixtures'

const ORIGIN = 'http://localhost:3000'

function auth(path: string, init: RequestInit = {}) {
  return Auth(new Request(`${ORIGIN}/api/auth${path}`, init), {
    ...authConfig(),
    basePath: '/api/auth',
    trustHost: true,
    skipCSRFCheck,
  })
}

const form = (fields: Record<string, string>, cookie?: string): RequestInit => ({
  method: 'POST',
  headers: {
    'content-type': 'application/x-www-form-urlencoded',
    'x-forwarded-for': '203.0.113.40',
    ...(cookie ? { cookie } : {}),
  },
  body: new URLSearchParams(fields),
})

/** The session cookie an answer set, as a Cookie header, or null. */
function sessionCookie(res: Response): string | null {
  const set = res.headers.getSetCookie().find((c) => /^authjs\.session-token=[^;]/.test(c))
  return set ? (set.split(';')[0] ?? null) : null
}

/** Who /api/auth/session says the cookie belongs to (Auth.js runs our jwt callback on every call). */
async function sessionEmail(cookie: string): Promise<string | null> {
  const res = await auth('/session', { headers: { cookie } })
  const body = (await res.json()) as { user?: { email?: string } } | null
  return body?.user?.email ?? null
}

async function signInWithPassword(email: string) {
  const res = await auth('/callback/credentials', form({ email, password: PASSWORD, callbackUrl: '/admin' }))
  const cookie = sessionCookie(res)
  expect(cookie, 'session cookie after sign-in').not.toBeNull()
  return cookie!
}

async function signInWithLink(email: string) {
  await auth('/signin/nodemailer', form({ email, callbackUrl: '/portal' }))
  const message = await db.outboxMessage.findFirstOrThrow({
    where: { to: email },
    orderBy: { createdAt: 'desc' },
  })
  const link = new URL(message.text.match(/https?:\/\/\S+\/signin\/confirm\?\S+/)![0])
  const res = await auth(`/callback/nodemailer?${link.searchParams}`)
  const cookie = sessionCookie(res)
  expect(cookie, 'session cookie after the link').not.toBeNull()
  return cookie!
}

const signOut = (cookie: string) => auth('/signout', form({ callbackUrl: '/signin?signedOut=1' }, cookie))

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

describe('signing out', () => {
  it('ends a staff session on the server: a copy of the cookie is refused afterwards', async () => {
    const admin = await userWithPassword('ADMIN')
    const cookie = await signInWithPassword(admin.email)
    const copy = cookie
    expect(await sessionEmail(copy)).toBe(admin.email)

    const res = await signOut(cookie)
    expect(res.status).toBe(302)
    expect(await sessionEmail(copy)).toBeNull()
  })

  it('ends an official’s email-link session the same way', async () => {
    const { official } = await municipalityWithOfficials()
    const cookie = await signInWithLink(official.email)
    expect(await sessionEmail(cookie)).toBe(official.email)
    await signOut(cookie)
    expect(await sessionEmail(cookie)).toBeNull()
  })

  it('ends only that session: the same person signed in elsewhere stays signed in', async () => {
    const editor = await userWithPassword('EDITOR')
    const laptop = await signInWithPassword(editor.email)
    const phone = await signInWithPassword(editor.email)
    await signOut(laptop)
    expect(await sessionEmail(laptop)).toBeNull()
    expect(await sessionEmail(phone)).toBe(editor.email)
  })

  it('refuses a session that has expired or was never started', async () => {
    const moderator = await userWithPassword('MODERATOR')
    await signInWithPassword(moderator.email)
    const sessions = await db.session.findMany({ where: { userId: moderator.id } })
    expect(sessions).toHaveLength(1)
    const { sessionToken, expires } = sessions[0]!
    expect(await isSessionLive({ sessionId: sessionToken })).toBe(true)
    // Expired: refused even though the row is still there.
    expect(await isSessionLive({ sessionId: sessionToken, now: new Date(expires.getTime() + 1) })).toBe(false)
    expect(await isSessionLive({ sessionId: 'made-up' })).toBe(false)
    // The guards' second check is unchanged: a live session of a deactivated user is still refused.
    await db.user.update({ where: { id: moderator.id }, data: { active: false } })
    expect(await findSessionUser({ userId: moderator.id, authTime: Date.now() })).toBeNull()
  })
})
