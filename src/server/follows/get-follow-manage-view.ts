import 'server-only'
import { db } from '@/server/db'
import { findFollowerByLink } from './find-follower-by-link'

export type FollowManageView =
  | {
      state: 'valid'
      email: string
      follows: { id: string; name: string; slug: string; stateCode: string; confirmed: boolean }[]
    }
  | { state: 'invalid' }

/** What the manage link's reader sees: the address and every place it follows (or waits to confirm). */
export async function getFollowManageView({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<FollowManageView> {
  const followerId = await findFollowerByLink({ token, purpose: 'FOLLOW_MANAGE', now })
  if (!followerId) return { state: 'invalid' }
  const follower = await db.follower.findUnique({
    where: { id: followerId },
    select: {
      email: true,
      follows: {
        orderBy: { municipality: { name: 'asc' } },
        select: {
          id: true,
          confirmedAt: true,
          municipality: { select: { name: true, slug: true, state: true } },
        },
      },
    },
  })
  if (!follower) return { state: 'invalid' }
  return {
    state: 'valid',
    email: follower.email,
    follows: follower.follows.map((f) => ({
      id: f.id,
      name: f.municipality.name,
      slug: f.municipality.slug,
      stateCode: f.municipality.state,
      confirmed: f.confirmedAt !== null,
    })),
  }
}
