import 'server-only'
import { findEmailToken, tokenState } from '@/server/tokens/find-email-token'

/** What the emailed confirmation link shows, read without spending the token (mail scanners open links). */
export async function getAskConfirmView({ token, now = new Date() }: { token: string; now?: Date }) {
  const row = await findEmailToken({
    token,
    purpose: 'CONFIRM_ASK',
    select: {
      askSignature: {
        select: {
          name: true,
          municipality: { select: { name: true, state: true, slug: true } },
          campaign: { select: { name: true, shortName: true, slug: true } },
        },
      },
    },
  })
  if (!row?.askSignature) return { state: 'invalid' as const }
  const state = tokenState(row, now)
  if (state !== 'valid') return { state }
  return { state, signature: row.askSignature }
}
