import 'server-only'
import NextAuth from 'next-auth'
import { authConfig } from './auth-config'

export { EMAIL_PROVIDER_ID, SIGN_IN_LINK_MAX_AGE_S } from './auth-config'

// Configured lazily, per request, so a build without AUTH_SECRET does not fail before it is needed.
export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig())
