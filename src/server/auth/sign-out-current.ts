import 'server-only'
import { signOut } from './config'

/** Ends this browser's session and shows the sign-in page with a confirmation. */
export async function signOutCurrent(): Promise<void> {
  await signOut({ redirectTo: '/signin?signedOut=1' })
}
