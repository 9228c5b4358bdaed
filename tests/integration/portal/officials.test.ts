// Inviting a colleague and staff confirming or declining: only confirmed officials sign in and manage.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { confirmedOfficial, memberMunicipality } from '../../fixtures/factories'
import { inviteOfficialAction } from '@/app/portal/[slug]/officials/actions'
import { reviewOfficial } from '@/server/portal/review-official'
import { listPendingOfficials } from '@/server/portal/list-pending-officials'
import { listMyMunicipalities } from '@/server/portal/list-my-municipalities'
import { getPortalMunicipality } from '@/server/portal/get-portal-municipality'
import { isEligibleForEmailSignIn } from '@/server/portal/is-eligible-for-email-sign-in'
import { grantSignatoryAccess } from '@/server/portal/grant-signatory-access'
import { approvedSignatoryWithoutAccount, db } from './fixtures'
import { truncateAll } from '../../helpers/db'

const invite = (slug: string, values: { email: string; name: string; title: string }) => {
  const form = new FormData()
  for (const [k, v] of Object.entries({ slug, ...values })) form.set(k, v)
  return inviteOfficialAction(null, form)
}

async function officialWithMunicipality() {
  const municipality = await memberMunicipality(db)
  const { official } = await confirmedOfficial(db, { municipalityId: municipality.id })
  return { municipality, official }
}

// From an empty database: the staff queue lists the 200 oldest pending officials, and earlier files (the portal's
// access matrix) can leave more than that, so this file's colleague would not be among them.
beforeAll(truncateAll)
beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

describe('inviting a colleague', () => {
  it('creates an unconfirmed official that staff confirm; then they may sign in and manage', async () => {
    const { municipality, official } = await officialWithMunicipality()
    const email = `Planner.${municipality.slug}@City.gov`
    signInAs(official)
    const invited = await invite(municipality.slug, { email, name: 'Pat Planner', title: 'Planner' })
    expect(invited).toEqual({
      values: { email: '', name: '', title: '' },
      fieldErrors: {},
      invited: email.toLowerCase(),
    })
    const colleague = await db.user.findUniqueOrThrow({ where: { email: email.toLowerCase() } })
    expect(colleague).toMatchObject({ role: 'OFFICIAL', name: 'Pat Planner' })
    expect(await isEligibleForEmailSignIn({ email })).toBe(false)
    signInAs(colleague)
    expect((await listMyMunicipalities()).pending).toEqual([
      { slug: municipality.slug, name: municipality.name, state: municipality.state },
    ])
    await expect(getPortalMunicipality({ slug: municipality.slug })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })

    // Asking again is answered by the field, not with a second row.
    signInAs(official)
    const again = await invite(municipality.slug, { email, name: 'Pat Planner', title: 'Planner' })
    expect(again).toEqual({
      values: { email, name: 'Pat Planner', title: 'Planner' },
      fieldErrors: {
        email: `${email.toLowerCase()} has already been invited and is waiting for staff to confirm.`,
      },
    })

    await signInAs('MODERATOR')
    const pending = await listPendingOfficials()
    expect(pending.find((p) => p.userId === colleague.id)).toMatchObject({
      municipalityId: municipality.id,
      invitedBy: { email: official.email },
    })
    await reviewOfficial({ userId: colleague.id, municipalityId: municipality.id, decision: 'confirm' })
    expect(await isEligibleForEmailSignIn({ email })).toBe(true)
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: colleague.email } })
    expect(mail.subject).toBe('You can now sign in to the officials’ portal')
    await expect(
      reviewOfficial({ userId: colleague.id, municipalityId: municipality.id, decision: 'decline' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    signInAs(colleague)
    expect((await getPortalMunicipality({ slug: municipality.slug })).officials).toHaveLength(2)
    const actions = await db.auditLog.findMany({
      where: { entityId: municipality.id, action: { startsWith: 'official.' } },
      select: { action: true },
      orderBy: { createdAt: 'asc' },
    })
    expect(actions.map((a) => a.action)).toEqual(['official.invite', 'official.confirm'])
  })

  it('a declined invitation is removed and never grants access', async () => {
    const { municipality, official } = await officialWithMunicipality()
    signInAs(official)
    await invite(municipality.slug, {
      email: `no.${municipality.slug}@example.org`,
      name: 'Nope',
      title: 'Intern',
    })
    const colleague = await db.user.findUniqueOrThrow({
      where: { email: `no.${municipality.slug}@example.org` },
    })
    await signInAs('ADMIN')
    await reviewOfficial({ userId: colleague.id, municipalityId: municipality.id, decision: 'decline' })
    expect(await db.municipalityOfficial.count({ where: { userId: colleague.id } })).toBe(0)
    expect(await isEligibleForEmailSignIn({ email: colleague.email })).toBe(false)
  })

  it('refuses bad input next to the field', async () => {
    const { municipality, official } = await officialWithMunicipality()
    signInAs(official)
    const result = await invite(municipality.slug, { email: 'not-an-email', name: '', title: '<b>x</b>' })
    expect(result).toEqual({
      values: { email: 'not-an-email', name: '', title: '<b>x</b>' },
      fieldErrors: {
        email: 'Enter an email address in the correct format, like name@city.gov',
        name: 'Enter their full name',
        title: 'Their title must not contain < > or control characters',
      },
    })
  })
})

describe('granting a signatory access on first sign-in', () => {
  it('creates the OFFICIAL account and confirmed links once, whatever the number of sign-ins', async () => {
    const { email, municipalityId } = await approvedSignatoryWithoutAccount()
    expect(await grantSignatoryAccess({ email })).toEqual({ linked: 1 })
    expect(await grantSignatoryAccess({ email })).toEqual({ linked: 0 })
    const user = await db.user.findUniqueOrThrow({ where: { email }, include: { officialOf: true } })
    expect(user.role).toBe('OFFICIAL')
    expect(user.officialOf).toEqual([expect.objectContaining({ municipalityId, confirmed: true })])
  })
})
