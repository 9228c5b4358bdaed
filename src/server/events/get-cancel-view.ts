import 'server-only'
import { findEmailToken, tokenState } from '@/server/tokens/find-email-token'

export type CancelView =
  | {
      state: 'valid'
      status: 'REGISTERED' | 'WAITLISTED'
      event: { title: string; slug: string; startsAt: Date; endsAt: Date; timeZone: string }
    }
  | { state: 'invalid' | 'used' | 'expired' }

/** What an emailed cancel link is worth, without spending it (mail scanners open links too). */
export async function getCancelView({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<CancelView> {
  const row = await findEmailToken({
    token,
    purpose: 'CANCEL_REGISTRATION',
    select: {
      eventRegistration: {
        select: {
          status: true,
          event: { select: { title: true, slug: true, startsAt: true, endsAt: true, timeZone: true } },
        },
      },
    },
  })
  if (!row?.eventRegistration) return { state: 'invalid' }
  const state = tokenState(row, now)
  const { status, event } = row.eventRegistration
  if (state !== 'valid' || status === 'CANCELLED') return { state: state === 'valid' ? 'used' : state }
  return { state: 'valid', status, event }
}
