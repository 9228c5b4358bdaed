// Factories for open data tests, named by the state they create.
import { expect } from 'vitest'
import { db, uniqueSlug } from '../../helpers/db'
import { memberMunicipality, referencePlace } from '../../fixtures/factories'

export async function campaign(
  options: { slug?: string; hasCompliancePath?: boolean; sortOrder?: number } = {},
) {
  const slug = options.slug ?? uniqueSlug('campaign')
  return db.campaign.create({
    data: {
      slug,
      name: `Campaign ${slug}`,
      shortName: slug.toUpperCase(),
      tagline: 'A test campaign',
      hasCompliancePath: options.hasCompliancePath ?? false,
      sortOrder: options.sortOrder ?? 0,
      pledgeTexts: {
        create: [
          { version: 1, title: 'First text', preamble: 'First', publishedAt: new Date('2014-01-01') },
          { version: 2, title: 'Current text', preamble: 'Current', publishedAt: new Date('2016-01-01') },
        ],
      },
    },
    include: { pledgeTexts: { orderBy: { version: 'asc' } } },
  })
}

export type Campaign = Awaited<ReturnType<typeof campaign>>

export async function member(
  options: { name?: string; state?: string; isMember?: boolean; slug?: string } = {},
) {
  const slug = options.slug ?? uniqueSlug('place')
  const { name = `Place ${slug}`, state = 'IL', isMember = true } = options
  return (isMember ? memberMunicipality : referencePlace)(db, {
    slug,
    name,
    state,
    memberSince: isMember ? new Date('2019-05-01') : null,
    population: 12000,
  })
}

type PledgeStatus = 'APPROVED' | 'PENDING_REVIEW' | 'REJECTED' | 'WITHDRAWN'

export async function pledge(
  c: Campaign,
  municipalityId: string,
  options: { status?: PledgeStatus; signatoryName?: string; commitmentDate?: Date } = {},
) {
  const status = options.status ?? 'APPROVED'
  return db.pledge.create({
    data: {
      campaignId: c.id,
      pledgeTextId: c.pledgeTexts[1]!.id,
      municipalityId,
      liveKey: status === 'APPROVED' || status === 'PENDING_REVIEW' ? `${municipalityId}:${c.id}` : null,
      signatoryName: options.signatoryName ?? 'Jo Mayor',
      signatoryTitle: 'Mayor',
      email: 'jo.private@example.gov',
      emailNormalized: 'jo.private@example.gov',
      phone: '555-0100',
      mandateType: 'COUNCIL_RESOLUTION',
      status,
      signedAt: new Date('2019-12-01'),
      commitmentDate: status === 'APPROVED' ? (options.commitmentDate ?? new Date('2020-01-15')) : null,
    },
  })
}

type ReportStatus = 'DRAFT' | 'SUBMITTED' | 'VERIFIED' | 'RETURNED'

/** A report with two inventory figures, a hazard and an action. */
export async function report(
  municipalityId: string,
  options: { year?: number; status?: ReportStatus; verifiedAt?: Date } = {},
) {
  const status = options.status ?? 'VERIFIED'
  return db.progressReport.create({
    data: {
      municipalityId,
      accountingYear: options.year ?? 2021,
      status,
      reportingLevel: 'BASIC',
      verifiedAt: status === 'VERIFIED' ? (options.verifiedAt ?? new Date('2022-06-01')) : null,
      inventory: {
        create: [
          { sector: 'TRANSPORTATION', scope: 1, emissions: 5000.5 },
          { sector: 'STATIONARY_ENERGY', scope: 2, emissions: 12000 },
          { sector: 'WASTE', scope: 3, notationKey: 'NE' },
        ],
      },
      hazards: {
        create: [
          {
            hazard: 'EXTREME_HEAT',
            riskLevel: 'HIGH',
            expectedImpact: 'Heat illness',
            vulnerableGroups: 'Elderly',
          },
        ],
      },
      actions: {
        create: [
          {
            kind: 'PLAN',
            pillar: 'ADAPTATION',
            title: 'Heat plan',
            status: 'COMPLETED',
            url: 'https://x.gov/p',
          },
        ],
      },
    },
  })
}

export async function target(
  municipalityId: string,
  options: { status?: 'ACTIVE' | 'REPLACED'; targetYear?: number } = {},
) {
  return db.target.create({
    data: {
      municipalityId,
      type: 'BASE_YEAR_ABSOLUTE',
      status: options.status ?? 'ACTIVE',
      sectorsCovered: 'STATIONARY_ENERGY,TRANSPORTATION',
      gasesCovered: 'CO2,CH4',
      baseYear: 2010,
      baseYearEmissions: 100000,
      targetYear: options.targetYear ?? 2030,
      reductionPercent: 40,
    },
  })
}

/** Reads a whole response body as CSV records (no quoted line breaks in these fixtures). */
export async function csvRecords(response: Response): Promise<string[][]> {
  const text = await response.text()
  expect(text.endsWith('\r\n')).toBe(true)
  return text
    .slice(0, -2)
    .split('\r\n')
    .map((line) => line.split(','))
}
