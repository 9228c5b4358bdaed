import 'server-only'
import { db } from '@/server/db'
import { findFollowerByLink } from './find-follower-by-link'

/**
 * Unsubscribes the address an emailed link names from every place it follows (RFC 8058 one-click, the
 * unsubscribe page's button, or "unfollow all" on the manage page). The follower is deleted with its follows,
 * pending notices and links: nothing about the address is kept. An unknown link (already unsubscribed) is
 * 'gone', which the callers answer like success: the address receives nothing more either way.
 */
export async function unsubscribeFollower({
  token,
  purpose = 'FOLLOW_UNSUBSCRIBE',
  now = new Date(),
}: {
  token: string
  purpose?: 'FOLLOW_UNSUBSCRIBE' | 'FOLLOW_MANAGE'
  now?: Date
}): Promise<{ state: 'unsubscribed' | 'gone' }> {
  const followerId = await findFollowerByLink({ token, purpose, now })
  if (!followerId) return { state: 'gone' }
  const { count } = await db.follower.deleteMany({ where: { id: followerId } })
  return { state: count === 1 ? 'unsubscribed' : 'gone' }
}
