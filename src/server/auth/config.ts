import 'server-only'
import NextAuth, { type NextAuthConfig } from 'next-auth'
import type { JWT } from 'next-auth/jwt'
import Credentials from 'next-auth/providers/credentials'
import { signInSchema } from '@/schemas/auth'
import { findSessionUser } from './find-session-user'
import { resolveAuthSecret } from './resolve-auth-secret'
import { verifyStaffCredentials } from './verify-staff-credentials'

// The token's role and active state are re-read from the database at most this often; the guards
// re-read them on every request anyway, so this only bounds how long a stale cookie looks valid.
const RECHECK_MS = 60_000
const SESSION_MAX_AGE_S = 12 * 60 * 60

const num = (v: unknown) => (typeof v === 'number' ? v : undefined)

async function refreshToken(token: JWT): Promise<JWT | null> {
  const authTime = num(token.authTime)
  if (!token.sub || authTime === undefined) return null
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
  async authorize(input) {
    const parsed = signInSchema.pick({ email: true, password: true }).safeParse(input)
    if (!parsed.success) return null
    const result = await verifyStaffCredentials(parsed.data)
    if (!result.ok) return null
    const { id, email, name, role } = result.user
    return { id, email, name, role }
  },
})

function authConfig(): NextAuthConfig {
  return {
    secret: resolveAuthSecret(),
    // Credentials sign-in requires JWT sessions; a signed, encrypted cookie also survives a restart.
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: '/signin', error: '/signin' },
    logger: {
      // A refused password is an expected outcome, not a server error worth a stack trace.
      error(error) {
        if ((error as { type?: string }).type !== 'CredentialsSignin') console.error(error)
      },
    },
    // Officials' email-link provider (Auth.js Email/Nodemailer with @auth/prisma-adapter) joins here.
    providers: [staffPassword],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          const now = Date.now()
          return {
            ...token,
            sub: user.id,
            role: (user as { role?: string }).role,
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
        }
      },
    },
  }
}

// Configured lazily, per request, so a build without AUTH_SECRET does not fail before it is needed.
export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig())
