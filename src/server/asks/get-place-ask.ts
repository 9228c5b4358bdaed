import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { findAskTarget } from './find-ask-target'

export type PlaceAsk = {
  place: {
    slug: string
    name: string
    state: string
    county: string | null
    population: number | null
    isMember: boolean
  }
  campaign: { slug: string; name: string; shortName: string; tagline: string }
  /** ISO date the place signed the campaign, or null while it has not. */
  signedAt: string | null
  /** Confirmed signatures only. */
  count: number
  comments: { id: string; name: string; comment: string; confirmedAt: string }[]
}

async function loadPlaceAsk(placeSlug: string, campaignSlug: string): Promise<PlaceAsk | null> {
  const target = await findAskTarget({ placeSlug, campaignSlug })
  if (!target) return null
  const { place, campaign } = target
  const where = { municipalityId: place.id, campaignId: campaign.id, status: 'CONFIRMED' } as const
  const [count, comments] = await Promise.all([
    db.askSignature.count({ where }),
    db.askSignature.findMany({
      where: { ...where, commentStatus: 'APPROVED' },
      orderBy: { confirmedAt: 'desc' },
      take: 50,
      select: { id: true, name: true, comment: true, confirmedAt: true },
    }),
  ])
  const { id: _p, ...placeOut } = place
  const { id: _c, ...campaignOut } = campaign
  return {
    place: placeOut,
    campaign: campaignOut,
    signedAt: target.signedAt?.toISOString() ?? null,
    count,
    comments: comments.map((c) => ({
      id: c.id,
      name: c.name,
      comment: c.comment ?? '',
      confirmedAt: (c.confirmedAt ?? new Date(0)).toISOString(),
    })),
  }
}

/** A place's ask for one campaign as the public sees it (cached under `ask:<place>`), or null. */
export function getPlaceAsk(placeSlug: string, campaignSlug: string): Promise<PlaceAsk | null> {
  return unstable_cache(() => loadPlaceAsk(placeSlug, campaignSlug), ['place-ask', placeSlug, campaignSlug], {
    tags: [tags.ask(placeSlug), tags.asks],
    revalidate: 3600,
  })()
}
