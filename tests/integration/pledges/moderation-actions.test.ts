// The moderation queue's server actions, called as the Next server would call them: each checks the
// role itself, whoever the caller, and bulk approval reports how many pledges went through.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs as signInUser } from '../../helpers/session'
import { db } from '../../helpers/db'
import { approvePledgeAction, approveSelectedAction, rejectPledgeAction } from '@/app/admin/pledges/actions'
import { listPledgesForReview } from '@/server/pledges/list-pledges-for-review'
import { formOf as form, runAction as run } from '../../helpers/server-actions'
import { userWithPassword } from '../auth/fixtures'
import { campaignWithText, referencePlace } from '../../fixtures/factories'

type Persona = 'anonymous' | 'official' | 'editor' | 'moderator' | 'admin'
const users = {} as Record<Exclude<Persona, 'anonymous'>, { id: string }>
let ctx: Awaited<ReturnType<typeof campaignWithText>>

beforeAll(async () => {
  users.official = await userWithPassword('OFFICIAL')
  users.editor = await userWithPassword('EDITOR')
  users.moderator = await userWithPassword('MODERATOR')
  users.admin = await userWithPassword('ADMIN')
  ctx = await campaignWithText(db)
})

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

function signInAs(persona: Persona) {
  signInUser(persona === 'anonymous' ? null : users[persona])
}

async function pendingPledge(email = `mayor-${Math.random().toString(36).slice(2)}@town.gov`) {
  const place = await referencePlace(db)
  return db.pledge.create({
    data: {
      campaignId: ctx.campaign.id,
      pledgeTextId: ctx.text.id,
      municipalityId: place.id,
      liveKey: `${place.id}:${ctx.campaign.id}`,
      signatoryName: 'Pat Mayor',
      signatoryTitle: 'Mayor',
      email,
      emailNormalized: email,
      mandateType: 'LETTER',
      status: 'PENDING_REVIEW',
      confirmedAt: new Date(),
    },
  })
}

const statusOf = async (id: string) => (await db.pledge.findUniqueOrThrow({ where: { id } })).status

describe('moderation actions', () => {
  const refused: [Persona, string][] = [
    ['anonymous', 'UNAUTHENTICATED'],
    ['official', 'FORBIDDEN'],
    ['editor', 'FORBIDDEN'],
  ]

  it.each(refused)('refuse a caller who is %s, changing nothing', async (persona, code) => {
    const pledge = await pendingPledge()
    signInAs(persona)
    expect(await run(approvePledgeAction(form({ pledgeId: pledge.id })))).toBe(code)
    expect(await run(approveSelectedAction(form({ pledgeId: [pledge.id] })))).toBe(code)
    expect(
      await run(rejectPledgeAction(null, form({ pledgeId: pledge.id, reason: 'DUPLICATE', note: '' }))),
    ).toBe(code)
    expect(await run(listPledgesForReview({ page: 1 }))).toBe(code)
    expect(await statusOf(pledge.id)).toBe('PENDING_REVIEW')
  })

  it('approve one as a moderator: the pledge is approved and the queue says so', async () => {
    const pledge = await pendingPledge()
    signInAs('moderator')
    expect(await run(approvePledgeAction(form({ pledgeId: pledge.id, campaign: ctx.campaign.slug })))).toBe(
      `redirect:/admin/pledges?campaign=${ctx.campaign.slug}&approved=1`,
    )
    expect(await statusOf(pledge.id)).toBe('APPROVED')
    // A second approval of the same pledge is answered, not a crash.
    expect(await run(approvePledgeAction(form({ pledgeId: pledge.id })))).toBe(
      'redirect:/admin/pledges?problem=changed',
    )
  })

  it('a malformed pledge id (a tampered form) sends the moderator back to the queue, not to a 500', async () => {
    signInAs('moderator')
    for (const pledgeId of ['', 'x', '<script>', 'a'.repeat(100)])
      expect(await run(approvePledgeAction(form({ pledgeId })))).toBe(
        'redirect:/admin/pledges?problem=missing',
      )
  })

  it('bulk approval approves each ticked pledge and counts those already reviewed apart', async () => {
    const [a, b, c] = [await pendingPledge(), await pendingPledge(), await pendingPledge()]
    await db.pledge.update({ where: { id: c.id }, data: { status: 'REJECTED', liveKey: null } })
    signInAs('admin')
    expect(await run(approveSelectedAction(form({ pledgeId: [a.id, b.id, c.id] })))).toBe(
      'redirect:/admin/pledges?approved=2&failed=1',
    )
    expect([await statusOf(a.id), await statusOf(b.id), await statusOf(c.id)]).toEqual([
      'APPROVED',
      'APPROVED',
      'REJECTED',
    ])
    expect(await run(approveSelectedAction(form({})))).toBe('redirect:/admin/pledges?problem=none-selected')
  })

  it('reject needs a reason from the list; the note is kept when the reason is missing', async () => {
    const pledge = await pendingPledge()
    signInAs('moderator')
    const refusedState = await run(
      rejectPledgeAction(null, form({ pledgeId: pledge.id, reason: 'MADE_UP', note: 'Please resubmit' })),
    )
    expect(refusedState).toEqual({
      fieldErrors: { reason: 'Select a reason for rejecting' },
      values: { pledgeId: pledge.id, reason: 'MADE_UP', note: 'Please resubmit' },
    })
    const long = await run(
      rejectPledgeAction(null, form({ pledgeId: pledge.id, reason: 'OTHER', note: 'x'.repeat(2001) })),
    )
    expect(long).toMatchObject({ fieldErrors: { note: 'The note must be 2000 characters or fewer' } })
    expect(await statusOf(pledge.id)).toBe('PENDING_REVIEW')

    expect(
      await run(
        rejectPledgeAction(null, form({ pledgeId: pledge.id, reason: 'DUPLICATE', note: 'Signed twice' })),
      ),
    ).toBe('redirect:/admin/pledges?rejected=1')
    const after = await db.pledge.findUniqueOrThrow({ where: { id: pledge.id } })
    expect(after).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'DUPLICATE',
      reviewNotes: 'Signed twice',
    })
  })

  it('the queue lists pending pledges oldest first with their flags', async () => {
    const older = await pendingPledge('someone@gmail.com')
    await db.pledge.update({ where: { id: older.id }, data: { confirmedAt: new Date('2000-01-01') } })
    // Another pledge of the same municipality, in the past.
    await db.pledge.create({
      data: {
        campaignId: ctx.campaign.id,
        pledgeTextId: ctx.text.id,
        municipalityId: older.municipalityId,
        signatoryName: 'Old Mayor',
        signatoryTitle: 'Mayor',
        email: 'old@town.gov',
        emailNormalized: 'old@town.gov',
        mandateType: 'LETTER',
        status: 'REJECTED',
      },
    })
    signInAs('moderator')
    const { pledges } = await listPledgesForReview({ page: 1, campaign: ctx.campaign.slug })
    expect(pledges[0]).toMatchObject({
      id: older.id,
      governmentEmail: false,
      otherPledges: [{ status: 'REJECTED', campaignName: ctx.campaign.name }],
    })
    expect(pledges.slice(1).every((p) => p.governmentEmail)).toBe(true)
    expect(pledges.every((p) => p.campaign.slug === ctx.campaign.slug)).toBe(true)
  })
})
