import { STATE_CODES } from '@/lib/domain/states'
import type { DemoContext, Place } from './context'

const SELECT = {
  id: true,
  slug: true,
  name: true,
  state: true,
  population: true,
  latitude: true,
  longitude: true,
}

/**
 * Picks member municipalities from the reference places: the largest place of every state, then a
 * population-weighted sample (weight population^0.55, so small towns join too) without replacement.
 */
export async function chooseMembers(
  ctx: DemoContext,
  count: number,
): Promise<{ members: Place[]; others: Place[] }> {
  const rows = await ctx.db.municipality.findMany({
    where: { geonameId: { not: null }, isMember: false },
    select: SELECT,
    orderBy: { geonameId: 'asc' },
  })
  const places = rows.map((r) => ({ ...r, population: r.population ?? 1000 }))
  const chosen = new Set<string>()
  for (const state of STATE_CODES) {
    const largest = places.filter((p) => p.state === state).sort((a, b) => b.population - a.population)[0]
    if (largest) chosen.add(largest.id)
  }
  // Efraimidis-Spirakis: key u^(1/w); the largest keys form a weighted sample without replacement.
  const keyed = places
    .map((p) => ({ id: p.id, key: Math.pow(ctx.rng.next(), 1 / Math.pow(p.population, 0.55)) }))
    .sort((a, b) => b.key - a.key)
  for (const { id } of keyed) {
    if (chosen.size >= count) break
    chosen.add(id)
  }
  return {
    members: places.filter((p) => chosen.has(p.id)),
    others: places.filter((p) => !chosen.has(p.id)),
  }
}
