import 'server-only'
import type { Db } from '@/server/db'
import { hashToken, isWellFormedToken } from '@/server/tokens/hash-token'
import type { PledgeTokenState } from '@/server/tokens/get-pledge-token'

type Tx = Pick<Db, 'emailToken'>

/**
 * Spends a single-use token inside the caller's transaction. The update's conditions make it atomic:
 * of two concurrent uses, one spends it and the other is told it is used.
 */
export async function spendPledgeToken(
  tx: Tx,
  {
    token,
    purpose,
    now = new Date(),
  }: { token: string; purpose: 'CONFIRM_PLEDGE' | 'WITHDRAW_PLEDGE'; now?: Date },
): Promise<{ state: 'valid'; pledgeId: string } | { state: Exclude<PledgeTokenState, 'valid'> }> {
  if (!isWellFormedToken(token)) return { state: 'invalid' }
  const tokenHash = hashToken(token)
  const { count } = await tx.emailToken.updateMany({
    where: { tokenHash, purpose, usedAt: null, expiresAt: { gt: now }, pledgeId: { not: null } },
    data: { usedAt: now },
  })
  const row = await tx.emailToken.findUnique({
    where: { tokenHash },
    select: { pledgeId: true, usedAt: true, purpose: true },
  })
  if (count === 1 && row?.pledgeId) return { state: 'valid', pledgeId: row.pledgeId }
  if (!row || row.purpose !== purpose) return { state: 'invalid' }
  return { state: row.usedAt ? 'used' : 'expired' }
}
