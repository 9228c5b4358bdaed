import 'server-only'
import { redirect } from 'next/navigation'
import { isAppError } from '@/server/errors'
import type { SessionUser } from './find-session-user'
import type { Permission } from './permissions'
import { requirePermission } from './require-permission'

/**
 * For pages: the user when allowed, null when signed in without the role (the page then shows its
 * access-denied message); anonymous visitors and ended sessions are sent to sign-in. Data functions
 * check again. Not forbidden(): Next.js renders its 403 page only with JavaScript (vercel/next.js#62228).
 */
export async function requirePagePermission(action: Permission, path: string): Promise<SessionUser | null> {
  try {
    return await requirePermission(action)
  } catch (e) {
    if (isAppError(e) && e.code === 'UNAUTHENTICATED')
      redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`)
    if (isAppError(e) && e.code === 'FORBIDDEN') return null
    throw e
  }
}
