import 'server-only'
import { signOut } from './config'
import { endSession } from './end-session'
import { readSessionCookie } from './read-session-cookie'

/**
 * Ends this browser's session on the server (a copy of the cookie no longer works) and clears the
 * cookie, then shows the sign-in page with a confirmation.
 */
export async function signOutCurrent(): Promise<void> {
  const cookie = await readSessionCookie()
  if (cookie) await endSession({ sessionId: cookie.sessionId })
  await signOut({ redirectTo: '/signin?signedOut=1' })
}
