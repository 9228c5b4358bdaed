import 'server-only'
import { findEmailToken, tokenState } from '@/server/tokens/find-email-token'

export type FollowConfirmView =
  { state: 'valid'; place: { name: string; slug: string } } | { state: 'invalid' | 'used' | 'expired' }

/** What an emailed confirm link is worth, without spending it (mail scanners open links too). */
export async function getFollowConfirmView({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<FollowConfirmView> {
  const row = await findEmailToken({
    token,
    purpose: 'CONFIRM_FOLLOW',
    select: { follow: { select: { municipality: { select: { name: true, slug: true } } } } },
  })
  if (!row?.follow) return { state: 'invalid' }
  const state = tokenState(row, now)
  if (state !== 'valid') return { state }
  return { state: 'valid', place: row.follow.municipality }
}
