import 'server-only'
import type { Db } from '@/server/db'
import { createToken, hashToken } from '@/server/tokens/hash-token'

type Client = Pick<Db, 'emailToken'>

/**
 * A single-use link to cancel a registration, valid until the event ends; only its hash is stored and the
 * secret goes into one email. Every email about a registration carries a fresh one; cancelling spends them all.
 */
export async function issueCancelToken(
  client: Client,
  { registrationId, expiresAt }: { registrationId: string; expiresAt: Date },
): Promise<string> {
  const token = createToken()
  await client.emailToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose: 'CANCEL_REGISTRATION',
      eventRegistrationId: registrationId,
      expiresAt,
    },
  })
  return token
}
