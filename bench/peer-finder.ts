// Times the peer finder's data (src/server/peers/load-peer-facts.ts, one query) and its ranking
// (lib/domain/peers.ts) for one member, as /portal/<slug>/peers runs them on each request.
// Usage: DATABASE_URL=... npx tsx --conditions=react-server bench/peer-finder.ts [--runs 20] [--fill-hazards]
// --fill-hazards first gives every verified report without hazards three or four (as the demo's have), so a
// database grown by bench/large-data.ts (whose reports hold inventories only) is measured with hazards too.
import { parseArgs } from 'node:util'
import { db } from '@/server/db'
import { Random } from '@/lib/random'
import { HAZARD_CODES } from '@/lib/domain/hazards'
import { explainPeers, rankPeers } from '@/lib/domain/peers'
import { DIRECTORY_CAMPAIGNS } from '@/schemas/directory'
import { loadPeerFacts } from '@/server/peers/load-peer-facts'
import { bulkInsert } from '../prisma/seed/bulk-insert'

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '20' }, 'fill-hazards': { type: 'boolean', default: false } },
})
const runs = Number(values.runs)

async function fillHazards() {
  const rng = new Random('bench-peer-hazards')
  const bare = await db.progressReport.findMany({
    where: { status: 'VERIFIED', hazards: { none: {} } },
    select: { id: true },
  })
  const rows = bare.flatMap((r) =>
    rng
      .shuffle([...HAZARD_CODES])
      .slice(0, rng.int(3, 4))
      .map((hazard) => ({
        id: `bench-hz-${r.id}-${hazard}`,
        reportId: r.id,
        hazard,
        riskLevel: 'HIGH',
        expectedImpact: 'Generated for the peer finder bench.',
        vulnerableGroups: 'Older adults',
        origin: 'ENTERED',
      })),
  )
  await bulkInsert(db, 'HazardAssessment', rows, { riskLevel: 'RiskLevel', origin: 'FigureOrigin' })
  console.log(`hazards added to ${bare.length} verified reports: ${rows.length}`)
}

try {
  if (values['fill-hazards']) await fillHazards()
  const [members, hazards, you] = await Promise.all([
    db.municipality.count({ where: { isMember: true } }),
    db.hazardAssessment.count({ where: { report: { status: 'VERIFIED' } } }),
    db.municipality.findFirstOrThrow({
      where: { isMember: true, reports: { some: { status: 'VERIFIED' } } },
      orderBy: { slug: 'asc' },
      select: { id: true, slug: true },
    }),
  ])
  const query: number[] = []
  const rank: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const facts = await loadPeerFacts({ municipalityId: you.id })
    const t1 = performance.now()
    const me = facts.find((f) => f.slug === you.slug)!
    const ranked = rankPeers({ you: me, candidates: facts })
    explainPeers({ you: me, peers: ranked.slice(0, 20), campaignNames: DIRECTORY_CAMPAIGNS })
    rank.push(performance.now() - t1)
    query.push(t1 - t0)
  }
  const stat = (xs: number[]) => {
    const s = xs.toSorted((a, b) => a - b)
    return `p50 ${s[Math.floor(s.length / 2)]!.toFixed(0)} ms, max ${s.at(-1)!.toFixed(0)} ms`
  }
  console.log(`${members} members, ${hazards} hazards in verified reports; ${runs} runs for ${you.slug}`)
  console.log(`  query: ${stat(query)}; ranking: ${stat(rank)}`)
} finally {
  await db.$disconnect()
}
