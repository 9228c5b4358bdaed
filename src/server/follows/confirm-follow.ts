import 'server-only'
import { db } from '@/server/db'
import { hashToken, isWellFormedToken } from '@/server/tokens/hash-token'

export type ConfirmFollowResult =
  { state: 'confirmed'; place: { name: string; slug: string } } | { state: 'invalid' | 'used' | 'expired' }

/**
 * Confirms a follow by its emailed link's button. The token is spent in the same statement that checks it, so of
 * two presses one confirms and the other is told the link was used; the follow's other confirm links are spent too.
 * A follow confirmed hears only of what happens from now on.
 */
export async function confirmFollow({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<ConfirmFollowResult> {
  if (!isWellFormedToken(token)) return { state: 'invalid' }
  const tokenHash = hashToken(token)
  const row = await db.emailToken.findUnique({
    where: { tokenHash },
    select: { purpose: true, followId: true },
  })
  if (!row || row.purpose !== 'CONFIRM_FOLLOW' || !row.followId) return { state: 'invalid' }
  const followId = row.followId
  return db.$transaction(async (tx) => {
    const { count } = await tx.emailToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    })
    if (count !== 1) {
      const after = await tx.emailToken.findUnique({ where: { tokenHash }, select: { usedAt: true } })
      return { state: after?.usedAt ? ('used' as const) : ('expired' as const) }
    }
    await tx.emailToken.updateMany({
      where: { followId, purpose: 'CONFIRM_FOLLOW', usedAt: null },
      data: { usedAt: now },
    })
    // A second request's link confirms nothing new: the first confirmation's time stands.
    await tx.follow.updateMany({ where: { id: followId, confirmedAt: null }, data: { confirmedAt: now } })
    const follow = await tx.follow.findUniqueOrThrow({
      where: { id: followId },
      select: { municipality: { select: { name: true, slug: true } } },
    })
    return { state: 'confirmed' as const, place: follow.municipality }
  })
}
