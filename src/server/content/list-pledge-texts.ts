import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

export type PledgeTextVersion = {
  id: string
  version: number
  title: string
  publishedAt: string | null
  state: 'current' | 'earlier' | 'draft'
  pledges: number
}

export type CampaignPledgeTexts = {
  slug: string
  name: string
  versions: PledgeTextVersion[]
}

/** Every campaign's pledge text versions, newest first, with how many pledges signed each. */
export async function listPledgeTexts({ campaignSlug }: { campaignSlug?: string } = {}): Promise<
  CampaignPledgeTexts[]
> {
  await requirePermission('content.edit')
  const now = new Date()
  const campaigns = await db.campaign.findMany({
    where: campaignSlug ? { slug: campaignSlug } : {},
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: {
      slug: true,
      name: true,
      pledgeTexts: {
        orderBy: { version: 'desc' },
        select: {
          id: true,
          version: true,
          title: true,
          publishedAt: true,
          _count: { select: { pledges: true } },
        },
      },
    },
  })
  return campaigns.map((c) => {
    // The current text is the newest published one, as getCurrentPledgeText chooses it.
    const current = c.pledgeTexts.find((t) => t.publishedAt && t.publishedAt <= now)
    return {
      slug: c.slug,
      name: c.name,
      versions: c.pledgeTexts.map((t) => ({
        id: t.id,
        version: t.version,
        title: t.title,
        publishedAt: t.publishedAt?.toISOString() ?? null,
        state: !t.publishedAt ? 'draft' : t.id === current?.id ? 'current' : 'earlier',
        pledges: t._count.pledges,
      })),
    }
  })
}
