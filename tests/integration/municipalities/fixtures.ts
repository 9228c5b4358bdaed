// Member municipalities with the facts the directory filters on, inserted directly.
import { db } from '../../helpers/db'
import { normalizeForSearch, slugify } from '@/lib/text'

type Stage = 'NONE' | 'COMMITMENT' | 'INVENTORY' | 'TARGET' | 'ACTION_PLANS'

export async function directoryCampaigns() {
  const make = (slug: string, name: string, sortOrder: number) =>
    db.campaign.create({
      data: {
        slug,
        name,
        shortName: name,
        tagline: 'For tests',
        sortOrder,
        hasCompliancePath: slug === 'compact-of-mayors',
        pledgeTexts: {
          create: { version: 1, title: 'Pledge', preamble: 'We pledge.', publishedAt: new Date() },
        },
      },
      include: { pledgeTexts: true },
    })
  return { rc4a: await make('rc4a', 'RC4A', 1), com: await make('compact-of-mayors', 'Compact of Mayors', 2) }
}

type Campaign = Awaited<ReturnType<typeof directoryCampaigns>>['rc4a']

export type PlaceSpec = {
  name: string
  state: string
  population?: number | null
  memberSince?: Date
  isMember?: boolean
  stage?: Stage
  overdue?: boolean
  pledges?: { campaign: Campaign; status?: 'APPROVED' | 'PENDING_REVIEW' | 'WITHDRAWN' }[]
}

export async function place(spec: PlaceSpec) {
  const isMember = spec.isMember ?? true
  const m = await db.municipality.create({
    data: {
      slug: slugify(`${spec.name}-${spec.state}`),
      name: spec.name,
      searchName: normalizeForSearch(spec.name),
      state: spec.state,
      population: spec.population === undefined ? 20_000 : spec.population,
      isMember,
      memberSince: isMember ? (spec.memberSince ?? new Date('2015-01-01')) : null,
      complianceStage: spec.stage ?? 'NONE',
      complianceOverdue: spec.overdue ?? false,
    },
  })
  for (const { campaign, status = 'APPROVED' } of spec.pledges ?? []) {
    await db.pledge.create({
      data: {
        campaignId: campaign.id,
        pledgeTextId: campaign.pledgeTexts[0]!.id,
        municipalityId: m.id,
        liveKey: status === 'WITHDRAWN' ? null : `${m.id}:${campaign.id}`,
        signatoryName: 'Pat Mayor',
        signatoryTitle: 'Mayor',
        email: 'mayor@example.org',
        emailNormalized: 'mayor@example.org',
        mandateType: 'LETTER',
        status,
        commitmentDate: status === 'APPROVED' ? (spec.memberSince ?? new Date('2015-01-01')) : null,
      },
    })
  }
  return m
}
