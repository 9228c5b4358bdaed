import 'server-only'
import NextAuth from 'next-auth'
import { env } from '@/lib/env'
import { authConfig } from './auth-config'

export { EMAIL_PROVIDER_ID, SIGN_IN_LINK_MAX_AGE_S } from './auth-config'

// Auth.js builds its redirects (an expired link's error page, after sign-in) and the sign-in links it emails
// from the request's URL, which is the server's own address (`http://localhost:3000` under `next start`,
// behind nginx too), or from the Host header. The public address is SITE_URL: it also keeps a forged Host
// header out of the emailed links. Unset SITE_URL (development) keeps Auth.js's own detection.
if (process.env.SITE_URL && !process.env.AUTH_URL) process.env.AUTH_URL = `${env().SITE_URL}/api/auth`

// Configured lazily, per request, so a build without AUTH_SECRET does not fail before it is needed.
export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig())
