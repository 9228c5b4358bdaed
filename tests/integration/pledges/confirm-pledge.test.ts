import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../helpers/db'
import { submitPledge } from '@/server/pledges/submit-pledge'
import { confirmPledge } from '@/server/pledges/confirm-pledge'
import { getPledgeToken } from '@/server/tokens/get-pledge-token'
import { resendConfirmation } from '@/server/pledges/resend-confirmation'
import {
  campaignWithText,
  nextIp,
  referencePlace,
  tokenFromOutbox,
  validSubmission,
} from '../../fixtures/factories'

let ctx: Awaited<ReturnType<typeof campaignWithText>>
beforeEach(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  ctx = await campaignWithText(db)
})

async function signed(email = `m${Math.random().toString(36).slice(2)}@city.gov`) {
  const place = await referencePlace(db)
  await submitPledge({ input: validSubmission(ctx, place.id, email), ip: nextIp() })
  return { place, email, token: await tokenFromOutbox(db, email, 'confirm') }
}

const statusOf = (municipalityId: string) =>
  db.pledge.findFirstOrThrow({ where: { municipalityId } }).then((p) => p.status)

describe('confirming a pledge by email link', () => {
  it('opening the link changes nothing; only confirming does, once', async () => {
    const { place, token } = await signed()
    expect(await getPledgeToken({ token, purpose: 'CONFIRM_PLEDGE' })).toMatchObject({ state: 'valid' })
    expect(await statusOf(place.id)).toBe('PENDING_EMAIL')
    expect(await confirmPledge({ token })).toMatchObject({ state: 'confirmed', municipalityName: place.name })
    expect(await statusOf(place.id)).toBe('PENDING_REVIEW')
    expect(await confirmPledge({ token })).toEqual({ state: 'used' })
    expect(await getPledgeToken({ token, purpose: 'CONFIRM_PLEDGE' })).toMatchObject({ state: 'used' })
  })

  it('refuses a link older than 48 hours', async () => {
    const { place, token } = await signed()
    const later = new Date(Date.now() + 48 * 3_600_000 + 1000)
    expect(await getPledgeToken({ token, purpose: 'CONFIRM_PLEDGE', now: later })).toMatchObject({
      state: 'expired',
    })
    expect(await confirmPledge({ token, now: later })).toEqual({ state: 'expired' })
    expect(await statusOf(place.id)).toBe('PENDING_EMAIL')
  })

  it('refuses a tampered, truncated or foreign token', async () => {
    const { place, token } = await signed()
    const flipped = (token[0] === 'A' ? 'B' : 'A') + token.slice(1)
    for (const bad of [flipped, token.slice(1), `${token}x`, '../../etc/passwd', '']) {
      expect(await confirmPledge({ token: bad })).toEqual({ state: 'invalid' })
    }
    // A withdrawal link cannot confirm.
    const withdraw = await tokenFromOutbox(
      db,
      (await db.pledge.findFirstOrThrow({ where: { municipalityId: place.id } })).email,
      'withdraw',
    )
    expect(await confirmPledge({ token: withdraw })).toEqual({ state: 'invalid' })
    expect(await statusOf(place.id)).toBe('PENDING_EMAIL')
  })

  it('two concurrent confirmations: one confirms, the other is told the link was used', async () => {
    const { token } = await signed()
    const results = await Promise.all([confirmPledge({ token }), confirmPledge({ token })])
    expect(results.map((r) => r.state).sort()).toEqual(['confirmed', 'used'])
  })

  it('sends a new link on request, with the same answer for unknown addresses', async () => {
    const { place, email } = await signed()
    const before = await db.outboxMessage.count()
    expect(await resendConfirmation({ input: { email: email.toUpperCase() }, ip: nextIp() })).toEqual({
      status: 'sent',
    })
    expect(await resendConfirmation({ input: { email: 'nobody@nowhere.gov' }, ip: nextIp() })).toEqual({
      status: 'sent',
    })
    expect(await db.outboxMessage.count()).toBe(before + 1)
    const fresh = await tokenFromOutbox(db, email, 'confirm')
    expect(await confirmPledge({ token: fresh })).toMatchObject({ state: 'confirmed' })
    expect(await statusOf(place.id)).toBe('PENDING_REVIEW')
  })
})
