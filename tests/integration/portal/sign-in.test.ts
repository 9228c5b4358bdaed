// Officials' sign-in by emailed link, through Auth.js itself (its handler with our configuration and
// the Prisma adapter over our driver-adapter client) on SQLite and PostgreSQL.
import { Auth, skipCSRFCheck } from '@auth/core'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { authConfig } from '@/server/auth/auth-config'
import { isEligibleForEmailSignIn } from '@/server/portal/is-eligible-for-email-sign-in'
import { confirmedOfficial, pendingReviewPledge, staffUser } from '../../fixtures/factories'
import { approvedSignatoryWithoutAccount, db, municipalityWithOfficials } from './fixtures'

const ORIGIN = 'http://localhost:3000'

function auth(path: string, init?: RequestInit) {
  return Auth(new Request(`${ORIGIN}/api/auth${path}`, init), {
    ...authConfig(),
    basePath: '/api/auth',
    trustHost: true,
    skipCSRFCheck,
  })
}

/** Asks for a link as the sign-in form's server action does; returns where Auth.js sent the browser. */
async function requestLink(email: string) {
  const res = await auth('/signin/nodemailer', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, callbackUrl: '/portal' }),
  })
  return new URL(res.headers.get('location') ?? '', ORIGIN).pathname
}

async function linkSentTo(email: string): Promise<URL | null> {
  const message = await db.outboxMessage.findFirst({ where: { to: email }, orderBy: { createdAt: 'desc' } })
  const link = message?.text.match(/https?:\/\/\S+\/signin\/confirm\?\S+/)?.[0]
  return link ? new URL(link) : null
}

/** Presses "Sign in" on the confirmation page: the route passes its POST to Auth.js's callback as a GET. */
function followLink(link: URL) {
  return auth(`/callback/nodemailer?${link.searchParams}`)
}

const sessionCookie = (res: Response) =>
  res.headers.getSetCookie().find((c) => c.startsWith('authjs.session-token='))

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

describe('who may sign in by email link', () => {
  it('admits approved signatories and confirmed officials only', async () => {
    const signatory = await approvedSignatoryWithoutAccount()
    const { official, unconfirmed } = await municipalityWithOfficials()
    const moderator = await staffUser(db, 'MODERATOR')
    const { official: inactive } = await confirmedOfficial(db, {
      municipalityId: signatory.municipalityId,
      active: false,
    })
    const pending = await pendingReviewPledge(db)
    const cases: [string, string, boolean][] = [
      ['approved signatory, no account yet', signatory.email.toUpperCase(), true],
      ['confirmed official', official.email, true],
      ['invited official awaiting staff', unconfirmed.email, false],
      ['staff member (password only)', moderator.email, false],
      ['deactivated official', inactive.email, false],
      ['signatory of a pledge awaiting review', pending.emailNormalized, false],
      ['unknown address', 'nobody@example.org', false],
    ]
    for (const [label, email, expected] of cases) {
      expect([label, await isEligibleForEmailSignIn({ email })]).toEqual([label, expected])
    }
  })
})

describe('sign-in by email link', () => {
  it('emails an approved signatory a link that signs them in once, creating their account and links', async () => {
    const { email, municipalityId } = await approvedSignatoryWithoutAccount()
    expect(await db.user.findUnique({ where: { email } })).toBeNull()

    const location = await requestLink(email.toUpperCase())
    expect(location).toBe('/api/auth/verify-request')
    const link = await linkSentTo(email)
    expect(link?.origin).toBe(ORIGIN) // SITE_URL, never the request's host
    expect(link?.searchParams.get('callbackUrl')).toBe('/portal')
    const message = await db.outboxMessage.findFirstOrThrow({ where: { to: email } })
    expect(message.subject).toBe('Your sign-in link')
    expect(message.html).toContain('/signin/confirm?')
    // Only a hash of the token is stored.
    const stored = await db.verificationToken.findFirstOrThrow({ where: { identifier: email } })
    expect(stored.token).not.toBe(link!.searchParams.get('token'))

    const res = await followLink(link!)
    expect(res.status).toBe(302)
    expect(res.headers.get('location')).toBe('/portal')
    expect(sessionCookie(res)).toBeDefined()
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      include: { officialOf: true },
    })
    expect(user.role).toBe('OFFICIAL')
    expect(user.emailVerified).not.toBeNull()
    expect(user.officialOf).toEqual([expect.objectContaining({ municipalityId, confirmed: true })])
    expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0)
    expect(
      await db.auditLog.count({ where: { action: 'official.link-signatory', entityId: municipalityId } }),
    ).toBe(1)

    // Single use: the same link again is refused.
    const again = await followLink(link!)
    expect(again.headers.get('location')).toBe(`${ORIGIN}/signin?error=Verification`)
    expect(sessionCookie(again)).toBeUndefined()
  })

  it('gives an unknown address, a staff address and an unconfirmed official the same answer and no email', async () => {
    const { unconfirmed } = await municipalityWithOfficials()
    const moderator = await staffUser(db, 'MODERATOR')
    for (const email of ['stranger@example.org', moderator.email, unconfirmed.email]) {
      expect(await requestLink(email)).toBe('/api/auth/verify-request')
      expect(await db.outboxMessage.count({ where: { to: email } })).toBe(0)
      expect(await db.verificationToken.count({ where: { identifier: email } })).toBe(0)
    }
    expect(await db.user.count({ where: { email: 'stranger@example.org' } })).toBe(0)
  })

  it('signs in an existing confirmed official and refuses a link whose address lost access meanwhile', async () => {
    const { official, municipality } = await municipalityWithOfficials()
    await requestLink(official.email)
    const ok = await followLink((await linkSentTo(official.email))!)
    expect(ok.headers.get('location')).toBe('/portal')
    expect(sessionCookie(ok)).toBeDefined()

    await requestLink(official.email)
    const link = (await linkSentTo(official.email))!
    await db.municipalityOfficial.delete({
      where: { userId_municipalityId: { userId: official.id, municipalityId: municipality.id } },
    })
    const refused = await followLink(link)
    expect(refused.headers.get('location')).toBe(`${ORIGIN}/signin?error=AccessDenied`)
    expect(sessionCookie(refused)).toBeUndefined()
  })

  it('a newer link replaces the older ones for that address', async () => {
    const { official } = await municipalityWithOfficials()
    await requestLink(official.email)
    const older = (await linkSentTo(official.email))!
    await requestLink(official.email)
    const newer = (await linkSentTo(official.email))!
    expect(newer.searchParams.get('token')).not.toBe(older.searchParams.get('token'))
    expect(await db.verificationToken.count({ where: { identifier: official.email } })).toBe(1)

    const refused = await followLink(older)
    expect(refused.headers.get('location')).toBe(`${ORIGIN}/signin?error=Verification`)
    expect(sessionCookie(refused)).toBeUndefined()
    const ok = await followLink(newer)
    expect(ok.headers.get('location')).toBe('/portal')
    expect(sessionCookie(ok)).toBeDefined()
  })

  it('refuses an expired link', async () => {
    const { official } = await municipalityWithOfficials()
    await requestLink(official.email)
    const link = (await linkSentTo(official.email))!
    await db.verificationToken.updateMany({
      where: { identifier: official.email },
      data: { expires: new Date(Date.now() - 1000) },
    })
    const res = await followLink(link)
    expect(res.headers.get('location')).toBe(`${ORIGIN}/signin?error=Verification`)
  })

  it('after sign-in sends the browser only to a path on this site', async () => {
    const redirect = authConfig().callbacks!.redirect!
    expect(await redirect({ url: '/portal/x?y=1', baseUrl: ORIGIN })).toBe('/portal/x?y=1')
    expect(await redirect({ url: `${ORIGIN}/portal`, baseUrl: ORIGIN })).toBe('/portal')
    // Browsers drop tabs and line breaks: these are "//evil.example", another site.
    for (const url of ['/\t/evil.example', '/\n/evil.example', '//evil.example', 'https://evil.example'])
      expect(await redirect({ url, baseUrl: ORIGIN })).toBe('/')
  })
})
