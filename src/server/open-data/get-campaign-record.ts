import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { absoluteUrl, paginationLinks, type PaginationLinks } from './api-links'
import { campaignRecord, currentPledgeText, type CampaignRecord } from './campaign-record'

export const SIGNATORIES_PER_PAGE = 100

export type CampaignSignatory = {
  municipality_slug: string
  municipality_name: string
  state: string
  signatory_name: string
  signatory_title: string
  mandate_type: string
  pledge_text_version: number
  commitment_date: string | null
  links: { municipality: string }
}

export type CampaignDetail = CampaignRecord & {
  signatories: {
    data: CampaignSignatory[]
    meta: { total: number; page: number; per_page: number; total_pages: number }
    links: PaginationLinks
  }
}

async function load(slug: string, page: number): Promise<CampaignDetail | null> {
  const campaign = await db.campaign.findUnique({
    where: { slug },
    include: { pledgeTexts: currentPledgeText },
  })
  if (!campaign) return null
  const where = { campaignId: campaign.id, status: 'APPROVED' as const }
  const [total, pledges] = await Promise.all([
    db.pledge.count({ where }),
    db.pledge.findMany({
      where,
      orderBy: [{ commitmentDate: 'asc' }, { id: 'asc' }],
      skip: (page - 1) * SIGNATORIES_PER_PAGE,
      take: SIGNATORIES_PER_PAGE,
      select: {
        signatoryName: true,
        signatoryTitle: true,
        mandateType: true,
        commitmentDate: true,
        pledgeText: { select: { version: true } },
        municipality: { select: { slug: true, name: true, state: true } },
      },
    }),
  ])
  const totalPages = Math.max(1, Math.ceil(total / SIGNATORIES_PER_PAGE))
  return {
    ...campaignRecord(campaign, total, campaign.pledgeTexts[0]),
    signatories: {
      data: pledges.map((p) => ({
        municipality_slug: p.municipality.slug,
        municipality_name: p.municipality.name,
        state: p.municipality.state,
        signatory_name: p.signatoryName,
        signatory_title: p.signatoryTitle,
        mandate_type: p.mandateType,
        pledge_text_version: p.pledgeText.version,
        commitment_date: p.commitmentDate?.toISOString() ?? null,
        links: { municipality: absoluteUrl(`/api/v1/municipalities/${p.municipality.slug}`) },
      })),
      meta: { total, page, per_page: SIGNATORIES_PER_PAGE, total_pages: totalPages },
      links: paginationLinks(`/api/v1/campaigns/${slug}`, {}, page, totalPages),
    },
  }
}

/** /api/v1/campaigns/<slug>: a campaign with one page of its signatories (approved pledges), or null. */
export function getCampaignRecord({
  slug,
  page = 1,
}: {
  slug: string
  page?: number
}): Promise<CampaignDetail | null> {
  return unstable_cache(() => load(slug, page), ['campaign-record', slug, String(page)], {
    tags: [tags.campaign(slug), tags.campaigns],
    revalidate: 3600,
  })()
}
