import 'server-only'
import type { SessionUser } from '@/server/auth/find-session-user'
import { isNetworkMember } from '@/server/auth/is-network-member'

/** Whether a signed-in user may register for members-only events: a member of the network. */
export function mayJoinMembersEvents(user: SessionUser | null): Promise<boolean> {
  return isNetworkMember(user)
}
