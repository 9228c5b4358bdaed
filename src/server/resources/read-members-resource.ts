import 'server-only'
import { getCurrentUser } from '@/server/auth/get-current-user'
import { loadResourceContent, type ResourceContent } from './resource-content'

export type MembersResourceRead =
  { access: 'granted'; content: ResourceContent } | { access: 'signed-out' } | { access: 'not-found' }

/**
 * The content of a published members-only entry for the visitor of this request: signed-in officials and
 * staff (every active account is one or the other) read it; anyone else is told to sign in. Never cached.
 */
export async function readMembersResource({ slug }: { slug: string }): Promise<MembersResourceRead> {
  const user = await getCurrentUser()
  if (!user) return { access: 'signed-out' }
  const content = await loadResourceContent(slug)
  return content ? { access: 'granted', content } : { access: 'not-found' }
}
