import 'server-only'
import { notFound, redirect } from 'next/navigation'
import { isAppError } from '@/server/errors'

/**
 * Runs a portal data function for a page: an ended session goes to sign-in (and back here after),
 * someone else's municipality is a 404; null means a signed-in user who is not an official (the page
 * then shows the access-denied message). The function itself checks the caller, every time.
 */
export async function portalData<T>(path: string, load: () => Promise<T>): Promise<T | null> {
  try {
    return await load()
  } catch (e) {
    if (isAppError(e) && e.code === 'UNAUTHENTICATED')
      redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`)
    if (isAppError(e) && e.code === 'NOT_FOUND') notFound()
    if (isAppError(e) && e.code === 'FORBIDDEN') return null
    throw e
  }
}
