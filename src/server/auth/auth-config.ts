import 'server-only'
// The Auth.js configuration, apart from NextAuth() (config.ts), so tests can run it through @auth/core.
import type { NextAuthConfig } from 'next-auth'
import type { JWT } from 'next-auth/jwt'
import Credentials from 'next-auth/providers/credentials'
import Nodemailer from 'next-auth/providers/nodemailer'
import { PrismaAdapter } from '@auth/prisma-adapter'
import { safeCallbackUrl, signInSchema } from '@/schemas/auth'
import { db } from '@/server/db'
import { logger } from '@/server/log'
import { grantSignatoryAccess } from '@/server/portal/grant-signatory-access'
import { isEligibleForEmailSignIn } from '@/server/portal/is-eligible-for-email-sign-in'
import { sendSignInLink } from '@/server/portal/send-sign-in-link'
import { clientIp } from '@/server/rate-limit/client-ip'
import { endSession } from './end-session'
import { findSessionUser } from './find-session-user'
import { isSessionLive } from './is-session-live'
import { resolveAuthSecret } from './resolve-auth-secret'
import { startSession } from './start-session'
import { verifyStaffCredentials } from './verify-staff-credentials'

// The token's role and active state are re-read from the database at most this often; the guards
// re-read them on every request anyway, so this only bounds how long a stale cookie looks valid.
const RECHECK_MS = 60_000
const SESSION_MAX_AGE_S = 12 * 60 * 60

export const EMAIL_PROVIDER_ID = 'nodemailer'
export const SIGN_IN_LINK_MAX_AGE_S = 60 * 60
// Where Auth.js sends the browser after a link was requested; ineligible addresses are sent there too.
const VERIFY_REQUEST_PATH = `/api/auth/verify-request?provider=${EMAIL_PROVIDER_ID}&type=email`

// MissingCSRF: a forged or replayed post to Auth.js's endpoints, refused.
const EXPECTED_REFUSALS = new Set(['CredentialsSignin', 'Verification', 'AccessDenied', 'MissingCSRF'])
const log = logger('auth')

const num = (v: unknown) => (typeof v === 'number' ? v : undefined)
const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined)

async function refreshToken(token: JWT): Promise<JWT | null> {
  const authTime = num(token.authTime)
  const sessionId = str(token.sid)
  // A cookie from before sessions had ids cannot be signed out, so it is not accepted either.
  if (!token.sub || authTime === undefined || !sessionId) return null
  // Every request: a signed-out session (its row deleted) ends at once, even for a copy of the cookie.
  if (!(await isSessionLive({ sessionId }))) return null
  const now = Date.now()
  if (now - (num(token.checkedAt) ?? 0) < RECHECK_MS) return token
  const user = await findSessionUser({ userId: token.sub, authTime })
  if (!user) return null
  return { ...token, role: user.role, checkedAt: now }
}

const staffPassword = Credentials({
  id: 'credentials',
  name: 'Email and password',
  credentials: { email: { label: 'Email address' }, password: { label: 'Password', type: 'password' } },
  async authorize(input, request) {
    const parsed = signInSchema.pick({ email: true, password: true }).safeParse(input)
    if (!parsed.success) return null
    const result = await verifyStaffCredentials({ ...parsed.data, ip: clientIp(request.headers) })
    if (!result.ok) return null
    const { id, email, name, role } = result.user
    return { id, email, name, role }
  },
})

// Officials: a single-use link by email. Auth.js stores only a hash of the token (VerificationToken)
// and deletes it when the link is used; our mailer sends it (SMTP or the demo outbox).
const officialEmailLink = Nodemailer({
  id: EMAIL_PROVIDER_ID,
  name: 'Email link',
  server: 'smtp://unused.invalid', // never used: sendVerificationRequest below sends through our mailer
  maxAge: SIGN_IN_LINK_MAX_AGE_S,
  sendVerificationRequest: ({ identifier, url, expires }) => sendSignInLink({ identifier, url, expires }),
})

// The adapter types name @prisma/client; ours is generated per provider with the same model API.
function adapter() {
  const prisma = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0])
  return {
    ...prisma,
    // A new sign-in link replaces the address's older ones, as a new password reset link does.
    async createVerificationToken(token: { identifier: string; token: string; expires: Date }) {
      const [, created] = await db.$transaction([
        db.verificationToken.deleteMany({ where: { identifier: token.identifier } }),
        db.verificationToken.create({ data: token }),
      ])
      return created
    },
  }
}

export function authConfig(): NextAuthConfig {
  return {
    secret: resolveAuthSecret(),
    // Credentials sign-in requires JWT sessions; a signed, encrypted cookie also survives a restart.
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/signin', error: '/signin', verifyRequest: '/signin/check-email' },
    adapter: adapter(),
    logger: {
      // A refused password, a used or expired link, an address that lost access: expected outcomes,
      // not server errors worth a stack trace.
      error(error) {
        if (!EXPECTED_REFUSALS.has((error as { type?: string }).type ?? ''))
          log.error({ err: error }, 'Auth.js error')
      },
      warn(code) {
        log.warn({ code }, 'Auth.js warning')
      },
    },
    providers: [staffPassword, officialEmailLink],
    callbacks: {
      // Same-site paths only, and relative: behind a proxy (or `next start -H`) the server may know itself by
      // another host name than the browser used, and the session cookie belongs to the browser's.
      redirect({ url, baseUrl }) {
        if (url.startsWith('/')) return safeCallbackUrl(url, '/')
        try {
          const target = new URL(url)
          if (target.origin === baseUrl) return `${target.pathname}${target.search}`
        } catch {
          // not a URL: fall through to the home page
        }
        return '/'
      },
      // Asked twice for an email link: when it is requested (verificationRequest) and when it is used.
      async signIn({ user, account, email }) {
        if (account?.provider !== EMAIL_PROVIDER_ID) return true
        const eligible = await isEligibleForEmailSignIn({ email: user.email ?? '' })
        // Same page, no token, no email for anyone else: the form does not reveal who may sign in.
        if (email?.verificationRequest) return eligible ? true : VERIFY_REQUEST_PATH
        if (!eligible) return false
        await grantSignatoryAccess({ email: user.email ?? '' })
        return true
      },
      async jwt({ token, user }) {
        if (user?.id) {
          const now = Date.now()
          return {
            ...token,
            sub: user.id,
            role: (user as { role?: string }).role,
            sid: await startSession({ userId: user.id, maxAgeS: SESSION_MAX_AGE_S }),
            authTime: now,
            checkedAt: now,
          }
        }
        return refreshToken(token)
      },
      session({ session, token }) {
        return {
          ...session,
          user: { ...session.user, id: token.sub ?? '', role: token.role },
          authTime: num(token.authTime),
          sessionId: str(token.sid),
        }
      },
    },
    events: {
      // Auth.js's own sign-out endpoint; the sign-out form's action has already ended the session.
      async signOut(message) {
        const sessionId = 'token' in message ? str(message.token?.sid) : undefined
        if (sessionId) await endSession({ sessionId })
      },
    },
  }
}
