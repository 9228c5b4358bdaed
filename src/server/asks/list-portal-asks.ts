import 'server-only'
import { db } from '@/server/db'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'

/**
 * The asks residents have made of one place, for its officials' portal (its confirmed officials and admins,
 * as every portal read): per campaign, the confirmed count and the approved comments.
 */
export async function listPortalAsks({ slug }: { slug: string }) {
  const { id: municipalityId } = await findPortalMunicipality({ slug })
  const [groups, campaigns, comments] = await Promise.all([
    db.askSignature.groupBy({
      by: ['campaignId'],
      where: { municipalityId, status: 'CONFIRMED' },
      _count: { _all: true },
    }),
    db.campaign.findMany({
      orderBy: { sortOrder: 'asc' },
      select: { id: true, slug: true, shortName: true },
    }),
    db.askSignature.findMany({
      where: { municipalityId, status: 'CONFIRMED', commentStatus: 'APPROVED' },
      orderBy: { confirmedAt: 'desc' },
      take: 100,
      select: { id: true, campaignId: true, name: true, comment: true },
    }),
  ])
  return campaigns.flatMap((c) => {
    const count = groups.find((g) => g.campaignId === c.id)?._count._all ?? 0
    if (count === 0) return []
    return [
      {
        campaignSlug: c.slug,
        campaignShortName: c.shortName,
        count,
        comments: comments
          .filter((m) => m.campaignId === c.id)
          .map((m) => ({ id: m.id, name: m.name, comment: m.comment ?? '' })),
      },
    ]
  })
}
