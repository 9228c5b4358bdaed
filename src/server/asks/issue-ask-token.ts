import 'server-only'
import type { Db } from '@/server/db'
import { createToken, hashToken } from '@/server/tokens/hash-token'

type Client = Pick<Db, 'emailToken'>

export const ASK_TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000

/** A single-use link confirming a signature; only its hash is stored, the secret goes into one email. */
export async function issueAskToken(
  client: Client,
  { signatureId, now = new Date() }: { signatureId: string; now?: Date },
): Promise<string> {
  const token = createToken()
  await client.emailToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose: 'CONFIRM_ASK',
      askSignatureId: signatureId,
      expiresAt: new Date(now.getTime() + ASK_TOKEN_LIFETIME_MS),
    },
  })
  return token
}
