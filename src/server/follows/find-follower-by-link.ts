import 'server-only'
import type { TokenPurpose } from '@/server/generated/sqlite/client'
import { findEmailToken, tokenState } from '@/server/tokens/find-email-token'

/** The follower an emailed unsubscribe or manage link names, or null when the link is unknown or expired. */
export async function findFollowerByLink({
  token,
  purpose,
  now = new Date(),
}: {
  token: string
  purpose: Extract<TokenPurpose, 'FOLLOW_UNSUBSCRIBE' | 'FOLLOW_MANAGE'>
  now?: Date
}): Promise<string | null> {
  const row = await findEmailToken({ token, purpose, select: { followerId: true } })
  if (!row?.followerId) return null
  // These links are not spent by use (a second unsubscribe is harmless), only by time.
  return tokenState({ usedAt: null, expiresAt: row.expiresAt }, now) === 'valid' ? row.followerId : null
}
