import 'server-only'
import { db } from '@/server/db'

export type CurrentPledgeText = {
  campaign: { id: string; slug: string; name: string; shortName: string }
  text: { id: string; version: number; title: string; preamble: string }
  commitments: { id: string; position: number; text: string }[]
}

/** A campaign and the newest published version of its pledge text, or null when either is missing. */
export async function getCurrentPledgeText({
  campaignSlug,
}: {
  campaignSlug: string
}): Promise<CurrentPledgeText | null> {
  const campaign = await db.campaign.findUnique({
    where: { slug: campaignSlug },
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      pledgeTexts: {
        where: { publishedAt: { not: null, lte: new Date() } },
        orderBy: { version: 'desc' },
        take: 1,
        select: {
          id: true,
          version: true,
          title: true,
          preamble: true,
          commitments: { orderBy: { position: 'asc' }, select: { id: true, position: true, text: true } },
        },
      },
    },
  })
  const text = campaign?.pledgeTexts[0]
  if (!campaign || !text) return null
  const { commitments, ...rest } = text
  return {
    campaign: { id: campaign.id, slug: campaign.slug, name: campaign.name, shortName: campaign.shortName },
    text: rest,
    commitments,
  }
}
