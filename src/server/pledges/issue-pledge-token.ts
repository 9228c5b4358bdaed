import 'server-only'
import type { Db } from '@/server/db'
import type { TokenPurpose } from '@/server/generated/sqlite/client'
import { createToken, hashToken } from '@/server/tokens/hash-token'

type Client = Pick<Db, 'emailToken'>

const TOKEN_LIFETIME_MS: Record<'CONFIRM_PLEDGE' | 'WITHDRAW_PLEDGE', number> = {
  CONFIRM_PLEDGE: 48 * 60 * 60 * 1000,
  // A signatory may want to withdraw long after signing; each email carries a fresh link.
  WITHDRAW_PLEDGE: 365 * 24 * 60 * 60 * 1000,
}

/** Creates a single-use token for a pledge and returns the secret, which goes only into an email. */
export async function issuePledgeToken(
  client: Client,
  {
    pledgeId,
    purpose,
    now = new Date(),
  }: { pledgeId: string; purpose: 'CONFIRM_PLEDGE' | 'WITHDRAW_PLEDGE'; now?: Date },
): Promise<string> {
  const token = createToken()
  await client.emailToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose: purpose satisfies TokenPurpose,
      pledgeId,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
  })
  return token
}
