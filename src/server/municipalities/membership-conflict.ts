import 'server-only'
import { formatDate } from '@/lib/format'

/**
 * Why a hand-set membership would contradict the approved pledges, or null when it would not: a
 * municipality with an approved pledge is a member at least since the earliest commitment date.
 */
export function membershipConflict(
  wanted: { isMember: boolean; memberSince: Date | null },
  earliestCommitment: Date | null,
): string | null {
  if (!earliestCommitment) return null
  if (!wanted.isMember)
    return 'This municipality has an approved pledge, so it is a member. Withdraw or reject the pledge to end its membership.'
  if (wanted.memberSince && wanted.memberSince > earliestCommitment)
    return `This municipality has been a member since its pledge was approved on ${formatDate(earliestCommitment)}. Enter that date or an earlier one.`
  return null
}
