// The factories other tests build on: each creates the state its name promises, and calls never collide.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import * as f from '../../fixtures/factories'

beforeAll(() => truncateAll())
afterAll(() => truncateAll())

describe('factories', () => {
  test('pledges carry the live key only while live', async () => {
    const pendingEmail = await f.pendingEmailPledge(db)
    const pendingReview = await f.pendingReviewPledge(db, { campaign: 'rc4a' })
    const approved = await f.approvedPledge(db)
    const rejected = await f.rejectedPledge(db)
    expect(pendingEmail).toMatchObject({ status: 'PENDING_EMAIL', confirmedAt: null })
    expect(pendingEmail.liveKey).toBe(`${pendingEmail.municipalityId}:${pendingEmail.campaignId}`)
    expect(pendingReview.confirmedAt).not.toBeNull()
    expect(approved.commitmentDate).not.toBeNull()
    expect(rejected).toMatchObject({ liveKey: null, rejectionReason: 'NOT_AN_OFFICIAL' })
    expect(pendingEmail.emailNormalized).toBe(pendingEmail.email.toLowerCase())
    const member = await db.municipality.findUniqueOrThrow({ where: { id: approved.municipalityId } })
    expect(member.isMember).toBe(true)
    expect(member.memberSince?.getTime()).toBe(approved.commitmentDate?.getTime())
  })

  test('repeated calls make distinct rows', async () => {
    const [a, b] = await Promise.all([f.approvedPledge(db), f.approvedPledge(db)])
    expect(a.municipalityId).not.toBe(b.municipalityId)
    const [s1, s2] = [await f.staffUser(db, 'EDITOR'), await f.staffUser(db, 'EDITOR')]
    expect(s1.email).not.toBe(s2.email)
  })

  test('targets of every type and reports in every state', async () => {
    for (const type of [
      'BASE_YEAR_ABSOLUTE',
      'BASE_YEAR_INTENSITY',
      'FIXED_LEVEL',
      'BASELINE_SCENARIO',
    ] as const) {
      expect(await f.activeTarget(db, type)).toMatchObject({ type, status: 'ACTIVE' })
    }
    const verified = await f.verifiedReport(db, { totalEmissions: 100_000 })
    const total = verified.inventory.reduce((sum, e) => sum + (e.emissions ?? 0), 0)
    expect(total).toBeGreaterThan(80_000)
    expect(total).toBeLessThan(120_000)
    expect((await f.draftReport(db)).submittedAt).toBeNull()
    expect((await f.submittedReport(db)).verifiedAt).toBeNull()
  })

  test('a published solution is searchable by its title words', async () => {
    const s = await f.publishedSolution(db)
    expect(s.status).toBe('PUBLISHED')
    expect(s.searchText).toContain('cool roofs')
  })

  test('a staff user given a password can verify it', async () => {
    const { verify } = await import('@node-rs/argon2')
    const user = await f.staffUser(db, 'MODERATOR', { password: 'correct horse battery' })
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })
    expect(await verify(row.passwordHash!, 'correct horse battery')).toBe(true)
  })
})
