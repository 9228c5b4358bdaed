import 'server-only'
import { db } from '@/server/db'
import { findFollowerByLink } from './find-follower-by-link'

export type UnfollowResult = { state: 'unfollowed'; remaining: number } | { state: 'invalid' }

/**
 * Stops following one place from the manage page. The follow must be the link's follower's (authorization in
 * the query: another address's follow is 'invalid'). The last place unfollowed deletes the follower: nothing
 * about an address that follows nothing is kept.
 */
export async function unfollowPlace({
  token,
  followId,
  now = new Date(),
}: {
  token: string
  followId: string
  now?: Date
}): Promise<UnfollowResult> {
  const followerId = await findFollowerByLink({ token, purpose: 'FOLLOW_MANAGE', now })
  if (!followerId) return { state: 'invalid' }
  return db.$transaction(async (tx) => {
    const { count } = await tx.follow.deleteMany({ where: { id: followId, followerId } })
    if (count !== 1) return { state: 'invalid' as const }
    const remaining = await tx.follow.count({ where: { followerId } })
    if (remaining === 0) await tx.follower.delete({ where: { id: followerId } })
    return { state: 'unfollowed' as const, remaining }
  })
}
