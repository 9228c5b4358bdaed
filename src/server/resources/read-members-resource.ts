import 'server-only'
import { getCurrentUser } from '@/server/auth/get-current-user'
import { isNetworkMember } from '@/server/auth/is-network-member'
import { loadResourceContent, type ResourceContent } from './resource-content'

export type MembersResourceRead =
  | { access: 'granted'; content: ResourceContent }
  | { access: 'signed-out' }
  | { access: 'not-member' }
  | { access: 'not-found' }

/**
 * The content of a published members-only entry for the visitor of this request: members of the network
 * (staff, confirmed officials) read it; an account still waiting for its link to be confirmed is told so;
 * anyone else is told to sign in. Never cached.
 */
export async function readMembersResource({ slug }: { slug: string }): Promise<MembersResourceRead> {
  const user = await getCurrentUser()
  if (!user) return { access: 'signed-out' }
  if (!(await isNetworkMember(user))) return { access: 'not-member' }
  const content = await loadResourceContent(slug)
  return content ? { access: 'granted', content } : { access: 'not-found' }
}
