import 'server-only'
import { createHash, randomBytes } from 'node:crypto'
import type { Db } from '@/server/db'
import type { TokenPurpose } from '@/server/generated/sqlite/client'

type Client = Pick<Db, 'emailToken'>

export const TOKEN_LIFETIME_MS: Record<'CONFIRM_PLEDGE' | 'WITHDRAW_PLEDGE', number> = {
  CONFIRM_PLEDGE: 48 * 60 * 60 * 1000,
  // A signatory may want to withdraw long after signing; each email carries a fresh link.
  WITHDRAW_PLEDGE: 365 * 24 * 60 * 60 * 1000,
}

/** Only the hash is stored: a copy of the database does not hold working links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** A token looks like ours (43 base64url characters) before any database lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token)
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
  const token = randomBytes(32).toString('base64url')
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
