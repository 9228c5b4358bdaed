// Staff municipality management: search, facts, membership, merge, as the admin screens call them.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { signInAs as signInUser } from '../../helpers/session'
import { db, uniqueSlug } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import {
  approvedPledge,
  memberMunicipality,
  pendingReviewPledge,
  publishedSolution,
  referencePlace,
  staffUser,
  verifiedReport,
  activeTarget,
} from '../../fixtures/factories'
import { mergeAction, setMembershipAction, updateFactsAction } from '@/app/admin/municipalities/actions'
import { adminSearchMunicipalities } from '@/server/municipalities/admin-search-municipalities'
import { mergeMunicipalities } from '@/server/municipalities/merge-municipalities'
import { form, run } from './helpers'

const users = {} as Record<'editor' | 'moderator' | 'admin' | 'official', { id: string; email: string }>
const signInAs = (who: keyof typeof users | 'anonymous') => {
  signInUser(who === 'anonymous' ? null : users[who])
}

beforeAll(async () => {
  users.editor = await staffUser(db, 'EDITOR')
  users.moderator = await staffUser(db, 'MODERATOR')
  users.admin = await staffUser(db, 'ADMIN')
  users.official = await staffUser(db, 'OFFICIAL')
})
beforeEach(() => {
  resetExpiredTags()
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

const facts = {
  name: 'Harbor Point',
  state: 'ME',
  county: 'Knox',
  population: '12,500',
  populationYear: '2020',
  website: 'https://www.harborpoint.gov',
  boundaryType: 'TOWN',
  latitude: '44.1',
  longitude: '-69.1',
}

describe('editing facts', () => {
  it.each([
    ['anonymous', 'UNAUTHENTICATED'],
    ['official', 'FORBIDDEN'],
    ['editor', 'FORBIDDEN'],
  ] as const)('is refused to %s, changing nothing', async (who, code) => {
    const m = await referencePlace(db)
    signInAs(who)
    expect(await run(updateFactsAction(null, form({ slug: m.slug, ...facts })))).toBe(code)
    expect(await run(setMembershipAction(null, form({ slug: m.slug, isMember: '0' })))).toBe(code)
    expect(await run(mergeAction(null, form({ slug: m.slug, targetSlug: 'x' })))).toBe(code)
    expect((await db.municipality.findUniqueOrThrow({ where: { id: m.id } })).name).toBe(m.name)
  })

  it('refuses bad answers field by field, keeps what was typed and saves nothing', async () => {
    const m = await referencePlace(db)
    signInAs('moderator')
    const typed = {
      ...facts,
      name: '',
      population: '-5',
      website: 'http://harborpoint.gov',
      latitude: '44.1',
      longitude: '',
      state: 'ZZ',
    }
    const state = await run(updateFactsAction(null, form({ slug: m.slug, ...typed })))
    expect(state).toMatchObject({
      fieldErrors: {
        name: 'Enter the name of the municipality',
        state: 'Select a state',
        population: 'The population cannot be negative',
        website: expect.stringContaining('https://'),
      },
      values: { ...typed },
    })
    const yearless = await run(
      updateFactsAction(null, form({ slug: m.slug, ...facts, populationYear: '', longitude: '' })),
    )
    expect(yearless).toMatchObject({
      fieldErrors: {
        populationYear: 'Enter the year of the population figure',
        longitude: 'Enter both latitude and longitude, or neither',
      },
    })
    expect(await db.municipality.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      name: m.name,
      website: null,
    })
    expect(await db.auditLog.count({ where: { entityId: m.id } })).toBe(0)
  })

  it('saves valid facts, audits what changed and expires the public pages', async () => {
    const m = await memberMunicipality(db, { population: 9000, populationYear: 2010 })
    signInAs('moderator')
    const state = await run(updateFactsAction(null, form({ slug: m.slug, ...facts })))
    expect(state).toMatchObject({ saved: true })
    const saved = await db.municipality.findUniqueOrThrow({ where: { id: m.id } })
    expect(saved).toMatchObject({
      slug: m.slug,
      name: 'Harbor Point',
      searchName: 'harbor point',
      state: 'ME',
      population: 12_500,
      populationYear: 2020,
      website: 'https://www.harborpoint.gov',
      boundaryType: 'TOWN',
      latitude: 44.1,
      longitude: -69.1,
    })
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityId: m.id, action: 'municipality.edit' },
    })
    expect(entry.actorId).toBe(users.moderator.id)
    expect(JSON.parse(entry.before!)).toMatchObject({ slug: m.slug, population: 9000, populationYear: 2010 })
    expect(JSON.parse(entry.after!)).toMatchObject({ population: 12_500, populationYear: 2020 })
    expect(expiredTags).toEqual(expect.arrayContaining([`municipality:${m.slug}`, 'members', 'network']))
    // The same facts again change nothing and log nothing.
    resetExpiredTags()
    expect(await run(updateFactsAction(null, form({ slug: m.slug, ...facts })))).toMatchObject({
      message: 'Nothing had changed.',
    })
    expect(await db.auditLog.count({ where: { entityId: m.id } })).toBe(1)
    expect(expiredTags).toEqual([])
  })

  it('answers an unknown slug kindly', async () => {
    signInAs('admin')
    expect(await run(updateFactsAction(null, form({ slug: 'no-such-place', ...facts })))).toMatchObject({
      formError: 'We could not find that.',
    })
  })

  it('answers a malformed slug (a tampered form; a NUL was a 500 on PostgreSQL) the same way', async () => {
    signInAs('admin')
    for (const slug of ['\u0000', 'Not A Slug', 'x'.repeat(200)]) {
      expect(await run(updateFactsAction(null, form({ slug, ...facts })))).toMatchObject({
        formError: 'We could not find that.',
      })
      expect(
        await run(setMembershipAction(null, form({ slug, isMember: '0', memberSince: '' }))),
      ).toMatchObject({ formError: 'We could not find that.' })
    }
  })
})

describe('search', () => {
  it('finds by any part of the name, ignoring case and accents, by state and members only, in pages', async () => {
    const tag = uniqueSlug('zq').replace('-', '')
    await referencePlace(db, { name: `Saint ${tag} Falls`, state: 'VT' })
    await memberMunicipality(db, { name: `${tag} City`, state: 'VT' })
    await referencePlace(db, { name: `East ${tag}`, state: 'NH' })
    signInAs('moderator')
    expect((await adminSearchMunicipalities({ q: tag.toUpperCase() })).total).toBe(3)
    expect((await adminSearchMunicipalities({ q: tag, state: 'vt' })).total).toBe(2)
    const members = await adminSearchMunicipalities({ q: tag, members: '1' })
    expect(members.municipalities.map((m) => m.name)).toEqual([`${tag} City`])
    // Malformed filters are dropped, not errors; a page past the end shows the last page.
    const loose = await adminSearchMunicipalities({ q: tag, state: 'XX', members: 'yes', page: '999' })
    expect(loose).toMatchObject({ total: 3, page: 1 })
  })
})

describe('membership', () => {
  it('marks a member from a date and unmarks it, audited, with compliance refreshed', async () => {
    const m = await referencePlace(db)
    signInAs('moderator')
    expect(
      await run(setMembershipAction(null, form({ slug: m.slug, isMember: '1', memberSince: '2019-05-01' }))),
    ).toMatchObject({
      saved: true,
    })
    expect(await db.municipality.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      isMember: true,
      memberSince: new Date('2019-05-01T00:00:00Z'),
    })
    expect(expiredTags).toContain(`municipality:${m.slug}`)
    expect(await run(setMembershipAction(null, form({ slug: m.slug, isMember: '0' })))).toMatchObject({
      saved: true,
    })
    expect(await db.municipality.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      isMember: false,
      memberSince: null,
    })
    const actions = await db.auditLog.findMany({ where: { entityId: m.id }, orderBy: { createdAt: 'asc' } })
    expect(actions.map((a) => a.action)).toEqual(['municipality.mark-member', 'municipality.unmark-member'])
  })

  it('asks for the date, and keeps membership coherent with approved pledges', async () => {
    const pledge = await approvedPledge(db)
    const m = await db.municipality.findUniqueOrThrow({ where: { id: pledge.municipalityId } })
    signInAs('moderator')
    expect(
      await run(setMembershipAction(null, form({ slug: m.slug, isMember: '1', memberSince: '' }))),
    ).toMatchObject({
      fieldErrors: { memberSince: expect.stringContaining('YYYY-MM-DD') },
      values: { isMember: '1', memberSince: '' },
    })
    const unmark = await run(setMembershipAction(null, form({ slug: m.slug, isMember: '0' })))
    expect(unmark).toMatchObject({ formError: expect.stringContaining('has an approved pledge') })
    const later = await run(
      setMembershipAction(
        null,
        form({ slug: m.slug, isMember: '1', memberSince: new Date().toISOString().slice(0, 10) }),
      ),
    )
    expect(later).toMatchObject({
      formError: expect.stringContaining('Enter that date or an earlier one'),
    })
    expect(await db.municipality.findUniqueOrThrow({ where: { id: m.id } })).toMatchObject({
      isMember: true,
      memberSince: m.memberSince,
    })
  })
})

async function snapshot(ids: string[]) {
  const where = { municipalityId: { in: ids } }
  return {
    places: await db.municipality.findMany({ where: { id: { in: ids } }, orderBy: { id: 'asc' } }),
    pledges: await db.pledge.findMany({ where, orderBy: { id: 'asc' } }),
    reports: await db.progressReport.findMany({ where, orderBy: { id: 'asc' } }),
    targets: await db.target.findMany({ where, orderBy: { id: 'asc' } }),
    officials: await db.municipalityOfficial.findMany({
      where,
      orderBy: [{ userId: 'asc' }, { municipalityId: 'asc' }],
    }),
    implementations: await db.solutionImplementation.findMany({ where, orderBy: { solutionId: 'asc' } }),
  }
}

describe('merging a duplicate', () => {
  it('moves pledges, reports, targets, officials and solutions to the kept one and deletes the duplicate', async () => {
    const kept = await referencePlace(db, { county: null, population: null, populationYear: null })
    const dup = await memberMunicipality(db, {
      county: 'Essex',
      population: 4100,
      populationYear: 2020,
      memberSince: new Date('2018-03-01'),
    })
    const approved = await approvedPledge(db, {
      municipalityId: dup.id,
      campaign: 'compact-of-mayors',
      decidedAt: new Date('2018-03-01'),
    })
    const pending = await pendingReviewPledge(db, { municipalityId: dup.id, campaign: 'rc4a' })
    await verifiedReport(db, { municipalityId: dup.id, accountingYear: 2020 })
    await verifiedReport(db, { municipalityId: kept.id, accountingYear: 2021 })
    await activeTarget(db, 'BASE_YEAR_ABSOLUTE', { municipalityId: dup.id })
    const both = await staffUser(db, 'OFFICIAL')
    const onlyDup = await staffUser(db, 'OFFICIAL')
    await db.municipalityOfficial.createMany({
      data: [
        { userId: both.id, municipalityId: dup.id },
        { userId: both.id, municipalityId: kept.id },
        { userId: onlyDup.id, municipalityId: dup.id, title: 'Clerk' },
      ],
    })
    const solution = await publishedSolution(db)
    await db.solutionImplementation.create({
      data: { solutionId: solution.id, municipalityId: dup.id, year: 2019 },
    })

    signInAs('moderator')
    expect(await run(mergeAction(null, form({ slug: dup.slug, targetSlug: kept.slug })))).toBe(
      `redirect:/admin/municipalities/${kept.slug}?merged=${dup.slug}`,
    )
    expect(await db.municipality.findUnique({ where: { id: dup.id } })).toBeNull()
    const after = await snapshot([kept.id])
    expect(after.pledges.map((p) => p.id).sort()).toEqual([approved.id, pending.id].sort())
    const livePending = after.pledges.find((p) => p.id === pending.id)!
    expect(livePending.liveKey).toBe(`${kept.id}:${pending.campaignId}`)
    expect(after.reports.map((r) => r.accountingYear).sort()).toEqual([2020, 2021])
    expect(after.targets).toHaveLength(1)
    expect(after.officials.map((o) => o.userId).sort()).toEqual([both.id, onlyDup.id].sort())
    expect(after.officials.find((o) => o.userId === onlyDup.id)?.title).toBe('Clerk')
    expect(after.implementations).toHaveLength(1)
    expect(after.places[0]).toMatchObject({
      isMember: true,
      memberSince: new Date('2018-03-01'),
      county: 'Essex',
      population: 4100,
      populationYear: 2020,
    })
    // Compliance is recomputed for the kept one from the commitment it now carries.
    expect(after.places[0]?.complianceStage).not.toBe('NONE')
    const entry = await db.auditLog.findFirstOrThrow({
      where: { action: 'municipality.merge', entityId: kept.id },
    })
    expect(JSON.parse(entry.after!)).toMatchObject({
      deleted: dup.slug,
      moved: { pledges: 2, reports: 1, targets: 1, officials: 2, solutionImplementations: 1 },
    })
    expect(JSON.parse(entry.before!).duplicate.slug).toBe(dup.slug)
    expect(expiredTags).toEqual(
      expect.arrayContaining([
        `municipality:${dup.slug}`,
        `municipality:${kept.slug}`,
        'campaign:rc4a',
        'campaign:compact-of-mayors',
      ]),
    )
  })

  it('is refused, listing every conflict and changing nothing, when rules would break', async () => {
    const kept = await memberMunicipality(db)
    const dup = await memberMunicipality(db)
    await approvedPledge(db, { municipalityId: kept.id, campaign: 'rc4a' })
    await pendingReviewPledge(db, { municipalityId: dup.id, campaign: 'rc4a' })
    await approvedPledge(db, { municipalityId: dup.id, campaign: 'compact-of-mayors' })
    await verifiedReport(db, { municipalityId: kept.id, accountingYear: 2022 })
    await verifiedReport(db, { municipalityId: dup.id, accountingYear: 2022 })
    await activeTarget(db, 'FIXED_LEVEL', { municipalityId: dup.id })
    // The same active target on both (the unique index on activeKey would refuse the move mid-merge).
    const sameKey = `same-${dup.id}`
    await activeTarget(db, 'BASE_YEAR_ABSOLUTE', { municipalityId: dup.id, activeKey: sameKey })
    await activeTarget(db, 'BASE_YEAR_ABSOLUTE', { municipalityId: kept.id, activeKey: sameKey })
    // Whichever test file made the campaign first named it (the factory or the seed): read its name.
    const rc4a = await db.campaign.findUniqueOrThrow({ where: { slug: 'rc4a' }, select: { name: true } })
    const before = await snapshot([kept.id, dup.id])
    const audits = await db.auditLog.count()

    signInAs('admin')
    const state = await run(mergeAction(null, form({ slug: dup.slug, targetSlug: kept.slug })))
    expect(state).toMatchObject({
      fieldErrors: { targetSlug: 'These municipalities cannot be merged yet' },
      values: { duplicateSlug: dup.slug, targetSlug: kept.slug },
      conflicts: [
        expect.stringContaining(`Both have a live pledge for ${rc4a.name} (`),
        'Both have a progress report for 2022: return or remove one first.',
        expect.stringMatching(/^Both have the same active target for \d{4}: replace or change one first\.$/),
      ],
    })
    expect(await snapshot([kept.id, dup.id])).toEqual(before)
    expect(await db.auditLog.count()).toBe(audits)
    expect(expiredTags).toEqual([])
  })

  it('refuses unknown slugs and merging into itself', async () => {
    const m = await referencePlace(db)
    signInAs('moderator')
    expect(await run(mergeAction(null, form({ slug: m.slug, targetSlug: 'nowhere-at-all' })))).toMatchObject({
      fieldErrors: { targetSlug: 'There is no municipality with the slug "nowhere-at-all".' },
    })
    expect(await run(mergeAction(null, form({ slug: m.slug, targetSlug: m.slug })))).toMatchObject({
      fieldErrors: { targetSlug: 'A municipality cannot be merged into itself' },
    })
    await expect(mergeMunicipalities({ duplicateSlug: m.slug, targetSlug: m.slug })).rejects.toThrow(/itself/)
  })
})
