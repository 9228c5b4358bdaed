import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export type TopAsk = {
  placeSlug: string
  placeName: string
  state: string
  campaignSlug: string
  campaignShortName: string
  count: number
}
export type AsksByState = { state: string; places: number; signatures: number }

/**
 * The asks with the most confirmed signatures (places that have signed the campaign left out), and per
 * state how many places are asked and by how many signatures. Cached under `asks`.
 */
async function loadTopAsks(limit: number): Promise<{ top: TopAsk[]; byState: AsksByState[] }> {
  const groups = await db.askSignature.groupBy({
    by: ['municipalityId', 'campaignId'],
    where: { status: 'CONFIRMED' },
    _count: { _all: true },
  })
  const [places, campaigns, signed] = await Promise.all([
    db.municipality.findMany({
      where: { id: { in: [...new Set(groups.map((g) => g.municipalityId))] } },
      select: { id: true, slug: true, name: true, state: true },
    }),
    db.campaign.findMany({ select: { id: true, slug: true, shortName: true } }),
    db.pledge.findMany({
      where: { status: 'APPROVED', municipalityId: { in: groups.map((g) => g.municipalityId) } },
      select: { municipalityId: true, campaignId: true },
    }),
  ])
  const placeById = new Map(places.map((p) => [p.id, p]))
  const campaignById = new Map(campaigns.map((c) => [c.id, c]))
  const isSigned = new Set(signed.map((s) => `${s.municipalityId}:${s.campaignId}`))
  const open: TopAsk[] = groups.flatMap((g) => {
    const p = placeById.get(g.municipalityId)
    const c = campaignById.get(g.campaignId)
    if (!p || !c || isSigned.has(`${g.municipalityId}:${g.campaignId}`)) return []
    return [
      {
        placeSlug: p.slug,
        placeName: p.name,
        state: p.state,
        campaignSlug: c.slug,
        campaignShortName: c.shortName,
        count: g._count._all,
      },
    ]
  })
  open.sort((a, b) => b.count - a.count || a.placeName.localeCompare(b.placeName))
  const states = new Map<string, { places: Set<string>; signatures: number }>()
  for (const a of open) {
    const s = states.get(a.state) ?? { places: new Set<string>(), signatures: 0 }
    s.places.add(a.placeSlug)
    s.signatures += a.count
    states.set(a.state, s)
  }
  const byState = [...states.entries()]
    .map(([state, s]) => ({ state, places: s.places.size, signatures: s.signatures }))
    .sort((a, b) => b.signatures - a.signatures || a.state.localeCompare(b.state))
  return { top: open.slice(0, limit), byState }
}

export function listTopAsks({ limit = 20 }: { limit?: number } = {}) {
  return unstable_cache(() => loadTopAsks(limit), ['top-asks', String(limit)], {
    tags: [tags.asks],
    revalidate: 3600,
  })()
}
