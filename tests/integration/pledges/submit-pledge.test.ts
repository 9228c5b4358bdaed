import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../helpers/db'
import { submitPledge } from '@/server/pledges/submit-pledge'
import { AppError } from '@/server/errors'
import { campaignWithText, nextIp, referencePlace, validSubmission } from '../../fixtures/factories'

let ctx: Awaited<ReturnType<typeof campaignWithText>>
beforeEach(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  ctx = await campaignWithText(db)
})

describe('submitPledge', () => {
  it('saves a pledge awaiting email confirmation and emails a confirmation link', async () => {
    const place = await referencePlace(db)
    const input = validSubmission(ctx, place.id, 'Jane.Mayor@City.gov ')
    const result = await submitPledge({ input, ip: nextIp() })
    expect(result).toEqual({ status: 'submitted' })
    const pledge = await db.pledge.findFirstOrThrow({ where: { municipalityId: place.id } })
    expect(pledge).toMatchObject({
      status: 'PENDING_EMAIL',
      liveKey: `${place.id}:${ctx.campaign.id}`,
      emailNormalized: 'jane.mayor@city.gov',
      pledgeTextId: ctx.text.id,
    })
    const tokens = await db.emailToken.findMany({ where: { pledgeId: pledge.id, purpose: 'CONFIRM_PLEDGE' } })
    expect(tokens).toHaveLength(1)
    const hours = (tokens[0]!.expiresAt.getTime() - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(47.9)
    expect(hours).toBeLessThanOrEqual(48)
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: 'Jane.Mayor@City.gov' } })
    const token = mail.text.match(/\/pledge\/confirm\/([A-Za-z0-9_-]{43})/)![1]!
    // Only the hash is stored: the secret in the email is not in the database.
    expect(tokens[0]!.tokenHash).not.toContain(token)
    expect(mail.html).toContain(`/pledge/confirm/${token}`)
  })

  it('creates a municipality that is not listed, as a non-member', async () => {
    const input = {
      ...validSubmission(ctx, 'x'),
      municipality: { kind: 'new', name: 'Tiny Hamlet', state: 'vt', population: '312' },
    }
    expect(await submitPledge({ input, ip: nextIp() })).toEqual({ status: 'submitted' })
    const place = await db.municipality.findFirstOrThrow({ where: { name: 'Tiny Hamlet' } })
    expect(place).toMatchObject({
      state: 'VT',
      population: 312,
      isMember: false,
      slug: 'tiny-hamlet-vt',
      searchName: 'tiny hamlet',
    })
  })

  it('refuses commitments not all agreed, or agreed on an older text', async () => {
    const place = await referencePlace(db)
    const partial = { ...validSubmission(ctx, place.id), agreed: ctx.commitmentIds.slice(0, 1) }
    const r1 = await submitPledge({ input: partial, ip: nextIp() })
    expect(r1).toMatchObject({
      status: 'invalid',
      fieldErrors: { agreed: expect.stringMatching(/every commitment/) },
    })
    const old = await db.pledgeText.findFirstOrThrow({ where: { campaignId: ctx.campaign.id, version: 1 } })
    const r2 = await submitPledge({
      input: { ...validSubmission(ctx, place.id), pledgeTextId: old.id },
      ip: nextIp(),
    })
    expect(r2).toMatchObject({ status: 'invalid', fieldErrors: { agreed: expect.stringMatching(/updated/) } })
    expect(await db.pledge.count({ where: { municipalityId: place.id } })).toBe(0)
  })

  it('answers a repeat kindly and emails the existing signatory at most 3 times', async () => {
    const place = await referencePlace(db)
    const first = validSubmission(ctx, place.id, 'first@city.gov')
    await submitPledge({ input: first, ip: nextIp() })
    for (let i = 0; i < 5; i++) {
      const again = await submitPledge({ input: validSubmission(ctx, place.id), ip: nextIp() })
      expect(again).toEqual({
        status: 'duplicate',
        municipalityName: place.name,
        campaignName: ctx.campaign.name,
        signed: false,
        profilePath: null,
      })
    }
    expect(await db.pledge.count({ where: { municipalityId: place.id } })).toBe(1)
    const notices = await db.outboxMessage.count({
      where: { to: 'first@city.gov', subject: { contains: 'again' } },
    })
    expect(notices).toBe(3)
  })

  it('leaves exactly one pledge after 50 concurrent identical submissions', async () => {
    const place = await referencePlace(db)
    const input = validSubmission(ctx, place.id)
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () => submitPledge({ input, ip: nextIp() })),
    )
    const statuses = results.map((r) =>
      r.status === 'fulfilled'
        ? r.value.status
        : r.reason instanceof AppError
          ? r.reason.code
          : String(r.reason),
    )
    // The same address is also rate limited; every attempt gets a deliberate answer, never a failure.
    expect(statuses.filter((s) => !['submitted', 'duplicate', 'RATE_LIMITED'].includes(s))).toEqual([])
    expect(statuses.filter((s) => s === 'submitted')).toHaveLength(1)
    expect(await db.pledge.count({ where: { municipalityId: place.id } })).toBe(1)
  })

  it('leaves exactly one pledge after 50 concurrent signatories of one municipality', async () => {
    const input = (i: number) => ({
      ...validSubmission(ctx, 'x', `clerk${i}@town.gov`),
      municipality: { kind: 'new', name: 'Raceville', state: 'OR', population: 9000 },
    })
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => submitPledge({ input: input(i), ip: nextIp() })),
    )
    expect(results.filter((r) => r.status === 'submitted')).toHaveLength(1)
    expect(results.filter((r) => r.status === 'duplicate')).toHaveLength(49)
    expect(await db.municipality.count({ where: { name: 'Raceville' } })).toBe(1)
    expect(await db.pledge.count({ where: { municipality: { name: 'Raceville' } } })).toBe(1)
    const signatory = await db.pledge.findFirstOrThrow({ where: { municipality: { name: 'Raceville' } } })
    expect(
      await db.outboxMessage.count({ where: { to: signatory.email, subject: { contains: 'again' } } }),
    ).toBe(3)
  })

  it('pretends success to a bot that fills the honeypot, saving and sending nothing', async () => {
    const place = await referencePlace(db)
    const input = validSubmission(ctx, place.id, 'bot@spam.example')
    expect(await submitPledge({ input, ip: nextIp(), honeypot: 'http://spam' })).toEqual({
      status: 'submitted',
    })
    expect(await db.pledge.count({ where: { municipalityId: place.id } })).toBe(0)
    expect(await db.outboxMessage.count({ where: { to: 'bot@spam.example' } })).toBe(0)
  })
})
