// The stored compliance summary (directory filters, badges) follows pledges, reports and targets.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { db, uniqueSlug } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { getMunicipalityCompliance } from '@/server/compliance/get-municipality-compliance'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
const created = { municipalities: [] as string[], campaigns: [] as string[] }

async function campaign(hasCompliancePath: boolean) {
  const c = await db.campaign.create({
    data: {
      slug: uniqueSlug(hasCompliancePath ? 'compact' : 'rc4a'),
      name: hasCompliancePath ? 'Compact of Mayors' : 'RC4A',
      shortName: 'C',
      tagline: 'For tests',
      hasCompliancePath,
      pledgeTexts: {
        create: { version: 1, title: 'Pledge', preamble: 'We pledge.', publishedAt: day('2015-01-01') },
      },
    },
    include: { pledgeTexts: true },
  })
  created.campaigns.push(c.id)
  return { id: c.id, pledgeTextId: c.pledgeTexts[0]!.id }
}

async function municipality(data: { isMember?: boolean; complianceStage?: 'NONE' | 'TARGET' } = {}) {
  const slug = uniqueSlug('town')
  const m = await db.municipality.create({
    data: { slug, name: slug, searchName: slug, state: 'VT', isMember: true, ...data },
  })
  created.municipalities.push(m.id)
  return m
}

function approvedPledge(
  town: { id: string },
  camp: { id: string; pledgeTextId: string },
  commitmentDate: Date,
) {
  return db.pledge.create({
    data: {
      campaignId: camp.id,
      pledgeTextId: camp.pledgeTextId,
      municipalityId: town.id,
      liveKey: `${town.id}:${camp.id}`,
      signatoryName: 'Pat Mayor',
      signatoryTitle: 'Mayor',
      email: 'pat@example.gov',
      emailNormalized: 'pat@example.gov',
      mandateType: 'LETTER',
      status: 'APPROVED',
      commitmentDate,
    },
  })
}

// A year-1 report: stationary energy as a figure, transportation as a notation key, one hazard.
function inventoryReport(town: { id: string }, status: 'VERIFIED' | 'RETURNED', verifiedAt: Date | null) {
  return db.progressReport.create({
    data: {
      municipalityId: town.id,
      accountingYear: 2016,
      status,
      verifiedAt,
      inventory: {
        create: [
          { sector: 'STATIONARY_ENERGY', scope: 1, emissions: 120_000 },
          { sector: 'TRANSPORTATION', scope: 1, notationKey: 'NE' },
        ],
      },
      hazards: {
        create: [
          {
            hazard: 'EXTREME_HEAT',
            riskLevel: 'HIGH',
            expectedImpact: 'Heat stress',
            vulnerableGroups: 'Elderly',
          },
        ],
      },
    },
  })
}

const plan = (pillar: 'MITIGATION' | 'ADAPTATION') => ({
  kind: 'PLAN' as const,
  pillar,
  title: `${pillar} plan`,
  status: 'COMPLETED' as const,
  url: 'https://example.gov/plan.pdf',
  adoptedAt: day('2018-09-01'),
})

async function stored(id: string) {
  return db.municipality.findUniqueOrThrow({
    where: { id },
    select: { complianceStage: true, complianceOverdue: true, nextDeadline: true, complianceUpdatedAt: true },
  })
}

let compliant: { id: string; slug: string }
let rc4aOnly: { id: string }
let returned: { id: string }
let yearOne: { id: string }
let formerMember: { id: string }
let ids: string[]
const now = day('2019-06-01')

beforeAll(async () => {
  const [compact, rc4a] = [await campaign(true), await campaign(false)]
  compliant = await municipality()
  rc4aOnly = await municipality()
  returned = await municipality()
  yearOne = await municipality()
  formerMember = await municipality({ isMember: false, complianceStage: 'TARGET' })
  ids = [compliant.id, rc4aOnly.id, returned.id, yearOne.id, formerMember.id]

  await approvedPledge(compliant, rc4a, day('2014-01-10'))
  await approvedPledge(compliant, compact, day('2016-03-01'))
  await inventoryReport(compliant, 'VERIFIED', day('2017-02-01'))
  await db.target.create({
    data: {
      municipalityId: compliant.id,
      type: 'BASE_YEAR_ABSOLUTE',
      sectorsCovered: 'STATIONARY_ENERGY,TRANSPORTATION',
      gasesCovered: 'CO2',
      baseYear: 2010,
      baseYearEmissions: 150_000,
      targetYear: 2030,
      reductionPercent: 40,
      adoptedAt: day('2017-06-01'),
    },
  })
  await db.progressReport.create({
    data: {
      municipalityId: compliant.id,
      accountingYear: 2018,
      status: 'VERIFIED',
      verifiedAt: day('2019-01-20'),
      vulnerabilityAssessedAt: day('2017-11-01'),
      adaptationGoal: 'Halve heat-related hospital visits by 2030',
      inventory: { create: [{ sector: 'STATIONARY_ENERGY', scope: 1, emissions: 110_000 }] },
      actions: { create: [plan('MITIGATION'), plan('ADAPTATION')] },
    },
  })

  await approvedPledge(rc4aOnly, rc4a, day('2015-05-01'))
  await approvedPledge(returned, compact, day('2016-03-01'))
  await inventoryReport(returned, 'RETURNED', null)
  await approvedPledge(yearOne, compact, day('2016-03-01'))
  await inventoryReport(yearOne, 'VERIFIED', day('2017-02-01'))
})

afterAll(async () => {
  await db.municipality.deleteMany({ where: { id: { in: created.municipalities } } })
  await db.campaign.deleteMany({ where: { id: { in: created.campaigns } } })
})

describe('refreshCompliance', () => {
  test("stores each municipality's stage, overdue flag and next deadline", async () => {
    resetExpiredTags()
    const result = await refreshCompliance({ municipalityIds: ids, now })
    expect(result).toEqual({ checked: 5, updated: 4 })

    expect(await stored(compliant.id)).toEqual({
      complianceStage: 'ACTION_PLANS',
      complianceOverdue: false,
      nextDeadline: null,
      complianceUpdatedAt: now,
    })
    expect(await stored(rc4aOnly.id)).toMatchObject({
      complianceStage: 'NONE',
      complianceOverdue: false,
      complianceUpdatedAt: null,
    })
    // A returned report is not evidence: the inventory is overdue since its due day.
    expect(await stored(returned.id)).toMatchObject({
      complianceStage: 'COMMITMENT',
      complianceOverdue: true,
      nextDeadline: day('2017-03-01'),
    })
    expect(await stored(yearOne.id)).toMatchObject({
      complianceStage: 'INVENTORY',
      complianceOverdue: true,
      nextDeadline: day('2018-03-01'),
    })
    // A former member left with a stale stage is reset.
    expect(await stored(formerMember.id)).toMatchObject({ complianceStage: 'NONE', complianceOverdue: false })
    expect(expiredTags).toContain(`municipality:${compliant.slug}`)
  })

  test('a second run writes nothing', async () => {
    expect(await refreshCompliance({ municipalityIds: ids, now })).toEqual({ checked: 5, updated: 0 })
    expect((await stored(compliant.id)).complianceUpdatedAt).toEqual(now)
  })

  test('without ids it covers every member, and a stale inventory drops a compliant member back', async () => {
    const later = day('2023-06-01')
    await refreshCompliance({ now: later })
    expect(await stored(compliant.id)).toMatchObject({
      complianceStage: 'COMMITMENT',
      complianceOverdue: true,
      complianceUpdatedAt: later,
    })
  })

  test('a single municipality can be refreshed on its own', async () => {
    const result = await refreshCompliance({ municipalityId: compliant.id, now })
    expect(result).toEqual({ checked: 1, updated: 1 })
    expect((await stored(compliant.id)).complianceStage).toBe('ACTION_PLANS')
  })

  test('works across batches of municipalities', async () => {
    const compact = await campaign(true)
    const many = Array.from({ length: 520 }, () => uniqueSlug('bulk'))
    await db.municipality.createMany({
      data: many.map((slug) => ({ slug, name: slug, searchName: slug, state: 'VT', isMember: true })),
    })
    const rows = await db.municipality.findMany({ where: { slug: { in: many } }, select: { id: true } })
    created.municipalities.push(...rows.map((r) => r.id))
    await db.pledge.createMany({
      data: rows.map((r) => ({
        campaignId: compact.id,
        pledgeTextId: compact.pledgeTextId,
        municipalityId: r.id,
        liveKey: `${r.id}:${compact.id}`,
        signatoryName: 'Pat Mayor',
        signatoryTitle: 'Mayor',
        email: 'pat@example.gov',
        emailNormalized: 'pat@example.gov',
        mandateType: 'LETTER' as const,
        status: 'APPROVED' as const,
        commitmentDate: day('2019-01-01'),
      })),
    })
    const result = await refreshCompliance({ municipalityIds: rows.map((r) => r.id), now })
    expect(result).toEqual({ checked: 520, updated: 520 })
    const stages = await db.municipality.groupBy({
      by: ['complianceStage', 'complianceOverdue'],
      where: { slug: { in: many } },
      _count: { _all: true },
    })
    expect(stages).toEqual([
      { complianceStage: 'COMMITMENT', complianceOverdue: false, _count: { _all: 520 } },
    ])
  })
})

describe('getMunicipalityCompliance', () => {
  test('returns the stage list and badges as plain data with ISO dates', async () => {
    const result = await getMunicipalityCompliance({ municipalityId: compliant.id, now })
    expect(result).toMatchObject({
      stage: 'ACTION_PLANS',
      compliant: true,
      commitmentDate: '2016-03-01T00:00:00.000Z',
    })
    expect(
      result!.stages.map((s) => [s.key, s.dueDate.slice(0, 10), s.status, s.metAt?.slice(0, 10)]),
    ).toEqual([
      ['commitment', '2016-03-01', 'met', '2016-03-01'],
      ['inventory', '2017-03-01', 'met', '2017-02-01'],
      ['hazards', '2017-03-01', 'met', '2017-02-01'],
      ['target', '2018-03-01', 'met', '2017-06-01'],
      ['vulnerability', '2018-03-01', 'met', '2019-01-20'],
      ['actionPlans', '2019-03-01', 'met', '2019-01-20'],
    ])
    expect(result!.stages.find((s) => s.key === 'vulnerability')!.late).toBe(true)
    expect(result!.badges.map((b) => [b.pillar, b.awarded, b.awardedAt])).toEqual([
      ['MITIGATION', true, '2019-01-20T00:00:00.000Z'],
      ['ADAPTATION', true, '2019-01-20T00:00:00.000Z'],
    ])
    expect(JSON.parse(JSON.stringify(result))).toEqual(result)
  })

  test('a member of RC4A only has no compliance path', async () => {
    expect(await getMunicipalityCompliance({ municipalityId: rc4aOnly.id, now })).toMatchObject({
      stage: 'NONE',
      stages: [],
      nextDeadline: null,
    })
  })

  test('an unknown municipality gives null', async () => {
    expect(await getMunicipalityCompliance({ municipalityId: 'no-such-id', now })).toBeNull()
  })
})
