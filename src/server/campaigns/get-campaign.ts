import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type CampaignDetail = {
  slug: string
  name: string
  shortName: string
  tagline: string
  hasCompliancePath: boolean
  signatories: number
  /** The latest published version of the pledge text, or null if none is published yet. */
  pledgeText: {
    version: number
    title: string
    preamble: string
    publishedAt: string
    commitments: { position: number; text: string }[]
  } | null
}

async function load(slug: string): Promise<CampaignDetail | null> {
  const campaign = await db.campaign.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      tagline: true,
      hasCompliancePath: true,
      pledgeTexts: {
        where: { publishedAt: { not: null } },
        orderBy: { version: 'desc' },
        take: 1,
        select: {
          version: true,
          title: true,
          preamble: true,
          publishedAt: true,
          commitments: { orderBy: { position: 'asc' }, select: { position: true, text: true } },
        },
      },
    },
  })
  if (!campaign) return null
  const signatories = await db.pledge.count({ where: { campaignId: campaign.id, status: 'APPROVED' } })
  const { id: _id, pledgeTexts, ...rest } = campaign
  const text = pledgeTexts[0]
  return {
    ...rest,
    signatories,
    pledgeText: text ? { ...text, publishedAt: (text.publishedAt as Date).toISOString() } : null,
  }
}

/** A campaign with its current pledge text and signatory count, or null for an unknown slug. */
export function getCampaign({ slug }: { slug: string }): Promise<CampaignDetail | null> {
  return unstable_cache(() => load(slug), ['campaign', slug], {
    tags: [tags.campaign(slug), tags.campaigns],
    revalidate: 3600,
  })()
}
