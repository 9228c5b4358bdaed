import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { submitPledge } from '@/server/pledges/submit-pledge'
import { confirmPledge } from '@/server/pledges/confirm-pledge'
import { approvePledge } from '@/server/pledges/approve-pledge'
import { rejectPledge } from '@/server/pledges/reject-pledge'
import { withdrawPledge } from '@/server/pledges/withdraw-pledge'
import { AppError } from '@/server/errors'
import {
  campaignWithText,
  nextIp,
  referencePlace,
  staffUser,
  tokenFromOutbox,
  validSubmission,
} from '../../fixtures/factories'

let ctx: Awaited<ReturnType<typeof campaignWithText>>
beforeEach(async () => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  ctx = await campaignWithText(db)
  resetExpiredTags()
})

async function confirmedPledge() {
  const place = await referencePlace(db)
  const email = `m${Math.random().toString(36).slice(2)}@city.gov`
  await submitPledge({ input: validSubmission(ctx, place.id, email), ip: nextIp() })
  await confirmPledge({ token: await tokenFromOutbox(db, email, 'confirm') })
  const pledge = await db.pledge.findFirstOrThrow({ where: { municipalityId: place.id } })
  return { place, email, pledge }
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e) => (e instanceof AppError ? e.code : String(e)),
  )

describe('reviewing pledges', () => {
  it('approval makes the municipality a member, the signatory an official, and expires its pages', async () => {
    const { place, email, pledge } = await confirmedPledge()
    const moderator = await staffUser(db, 'MODERATOR')
    await approvePledge({ pledgeId: pledge.id, reviewer: moderator })
    const after = await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })
    expect(after).toMatchObject({ status: 'APPROVED', reviewedById: moderator.id })
    expect(after.commitmentDate).toBeInstanceOf(Date)
    const municipality = await db.municipality.findUniqueOrThrow({ where: { id: place.id } })
    expect(municipality.isMember).toBe(true)
    expect(municipality.memberSince?.getTime()).toBe(after.commitmentDate!.getTime())
    expect(municipality.complianceStage).toBe('COMMITMENT')
    const official = await db.user.findUniqueOrThrow({ where: { email }, include: { officialOf: true } })
    expect(official.role).toBe('OFFICIAL')
    expect(official.officialOf.map((o) => o.municipalityId)).toEqual([place.id])
    expect(expiredTags).toEqual(
      expect.arrayContaining([`municipality:${place.slug}`, `campaign:${ctx.campaign.slug}`]),
    )
    expect(
      await db.auditLog.count({
        where: { entityId: pledge.id, action: 'pledge.approve', actorId: moderator.id },
      }),
    ).toBe(1)
    expect(await db.outboxMessage.count({ where: { to: email, subject: { contains: 'has joined' } } })).toBe(
      1,
    )
  })

  it('only an active admin or moderator may review', async () => {
    const { pledge } = await confirmedPledge()
    for (const reviewer of [
      await staffUser(db, 'EDITOR'),
      await staffUser(db, 'MODERATOR', { active: false }),
      { id: 'nobody' },
    ]) {
      expect(await codeOf(approvePledge({ pledgeId: pledge.id, reviewer }))).toBe('FORBIDDEN')
      expect(await codeOf(rejectPledge({ pledgeId: pledge.id, reviewer, reason: 'OTHER' }))).toBe('FORBIDDEN')
    }
    expect((await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).status).toBe('PENDING_REVIEW')
  })

  it('an unconfirmed pledge cannot be approved', async () => {
    const place = await referencePlace(db)
    await submitPledge({ input: validSubmission(ctx, place.id), ip: nextIp() })
    const pledge = await db.pledge.findFirstOrThrow({ where: { municipalityId: place.id } })
    expect(await codeOf(approvePledge({ pledgeId: pledge.id, reviewer: await staffUser(db, 'ADMIN') }))).toBe(
      'CONFLICT',
    )
  })

  it('rejection records the coded reason, frees the municipality to sign again and tells the signatory', async () => {
    const { place, email, pledge } = await confirmedPledge()
    await rejectPledge({
      pledgeId: pledge.id,
      reviewer: await staffUser(db, 'MODERATOR'),
      reason: 'INCOMPLETE_MANDATE',
      note: 'Attach the resolution',
    })
    const after = await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })
    expect(after).toMatchObject({
      status: 'REJECTED',
      liveKey: null,
      rejectionReason: 'INCOMPLETE_MANDATE',
      reviewNotes: 'Attach the resolution',
    })
    const mail = await db.outboxMessage.findFirstOrThrow({
      where: { to: email },
      orderBy: { createdAt: 'desc' },
    })
    expect(mail.text).toContain('Attach the resolution')
    expect(await submitPledge({ input: validSubmission(ctx, place.id), ip: nextIp() })).toEqual({
      status: 'submitted',
    })
  })

  it('withdrawal by the emailed link takes an approved pledge out of the listing, once', async () => {
    const { place, email, pledge } = await confirmedPledge()
    await approvePledge({ pledgeId: pledge.id, reviewer: await staffUser(db, 'MODERATOR') })
    resetExpiredTags()
    const token = await tokenFromOutbox(db, email, 'withdraw')
    expect(await withdrawPledge({ token })).toMatchObject({ state: 'withdrawn' })
    expect(await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })).toMatchObject({
      status: 'WITHDRAWN',
      liveKey: null,
    })
    const municipality = await db.municipality.findUniqueOrThrow({ where: { id: place.id } })
    expect(municipality).toMatchObject({ isMember: false, memberSince: null, complianceStage: 'NONE' })
    expect(expiredTags).toEqual(
      expect.arrayContaining([`municipality:${place.slug}`, `campaign:${ctx.campaign.slug}`]),
    )
    expect(await db.auditLog.count({ where: { entityId: pledge.id, action: 'pledge.withdraw' } })).toBe(1)
    expect(await withdrawPledge({ token })).toEqual({ state: 'used' })
  })
})
