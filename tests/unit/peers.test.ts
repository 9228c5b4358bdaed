// The peer finder's ranking and its reasons (lib/domain/peers.ts): what an official reads on
// /portal/<slug>/peers, with examples and properties (fast-check) over random members.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HAZARD_CODES } from '@/lib/domain/hazards'
import {
  PEER_POPULATION_BANDS,
  PEER_STAGE_ORDER,
  explainPeers,
  peerReasons,
  populationCloseness,
  rankPeers,
  roundPopulation,
  stageCloseness,
  type PeerFacts,
  type PeerFilters,
} from '@/lib/domain/peers'
import { CENSUS_REGIONS, STATE_CODES, censusRegion } from '@/lib/domain/states'

const campaignNames = { rc4a: 'RC4A', 'compact-of-mayors': 'Compact of Mayors' }

const place = (over: Partial<PeerFacts> & { slug: string }): PeerFacts => ({
  name: over.slug,
  state: 'OH',
  population: 38_500,
  stage: 'INVENTORY',
  hazards: [],
  campaigns: [],
  ...over,
})

const you = place({
  slug: 'dayton-oh',
  name: 'Dayton',
  state: 'OH',
  population: 38_512,
  stage: 'COMMITMENT',
  hazards: ['EXTREME_HEAT', 'FLOODING_RIVERINE'],
  campaigns: ['compact-of-mayors'],
})

const reasonsOf = (peer: PeerFacts, filters: PeerFilters = {}) =>
  explainPeers({ you, peers: rankPeers({ you, candidates: [peer], filters }), campaignNames })[0]?.reasons

describe('the reasons a peer matched', () => {
  it('says, in plain words, the shared hazard, the state, the stage gap and both populations', () => {
    const peer = place({
      slug: 'kettering-oh',
      population: 41_023,
      stage: 'TARGET',
      hazards: ['EXTREME_HEAT', 'DROUGHT'],
    })
    expect(reasonsOf(peer)).toEqual([
      'also faces extreme heat',
      'same state',
      '2 stages ahead of you',
      'population 41,000 vs your 38,500',
    ])
  })

  it('names the census region when the state differs, and the campaigns shared', () => {
    const peer = place({
      slug: 'ann-arbor-mi',
      state: 'MI',
      population: 400_000,
      stage: 'COMMITMENT',
      campaigns: ['compact-of-mayors', 'rc4a'],
      hazards: ['FLOODING_RIVERINE', 'EXTREME_HEAT', 'STORM'],
    })
    expect(reasonsOf(peer)).toEqual([
      'also faces extreme heat and river flooding',
      'same region (the Midwest)',
      'also in Compact of Mayors',
      'same compliance stage',
    ])
  })

  it('counts stages behind, one stage in the singular, and says nothing of the path when neither is on it', () => {
    expect(reasonsOf(place({ slug: 'a', state: 'CA', population: null, stage: 'NONE' }))).toEqual([
      '1 stage behind you',
    ])
    expect(reasonsOf(place({ slug: 'b', state: 'CA', population: null, stage: 'INVENTORY' }))).toEqual([
      '1 stage ahead of you',
    ])
    const offPath = { ...you, stage: 'NONE' as const }
    const peer = place({ slug: 'c', state: 'CA', population: null, stage: 'NONE' })
    const [ranked] = rankPeers({ you: offPath, candidates: [peer] })
    expect(peerReasons({ you: offPath, peer: ranked! })).toEqual([])
  })

  it('leaves the population out when it is more than three times apart, or unknown', () => {
    expect(reasonsOf(place({ slug: 'big', state: 'CA', population: 120_000 }))).not.toContainEqual(
      expect.stringMatching(/^population/),
    )
    expect(reasonsOf(place({ slug: 'near', state: 'CA', population: 115_000 }))).toContainEqual(
      'population 115,000 vs your 38,500',
    )
    expect(reasonsOf(place({ slug: 'none', state: 'CA', population: null }))).not.toContainEqual(
      expect.stringMatching(/^population/),
    )
  })

  it('is worded for the peers given only, in their order', () => {
    const ranked = rankPeers({
      you,
      candidates: [place({ slug: 'x', hazards: ['EXTREME_HEAT'] }), place({ slug: 'y', state: 'CA' })],
    })
    const explained = explainPeers({ you, peers: ranked.slice(0, 1), campaignNames })
    expect(explained).toHaveLength(1)
    expect(explained[0]).toEqual({
      ...ranked[0],
      reasons: peerReasons({ you, peer: ranked[0]!, campaignNames }),
    })
    expect(explained[0]!.reasons[0]).toBe('also faces extreme heat')
  })
})

describe('roundPopulation and the closeness measures', () => {
  it('rounds to three significant figures with thousands separators', () => {
    expect(roundPopulation(41_023)).toBe('41,000')
    expect(roundPopulation(38_512)).toBe('38,500')
    expect(roundPopulation(1_234_567)).toBe('1,230,000')
    expect(roundPopulation(987)).toBe('987')
  })

  it('population closeness is 1 for the same size and 0 at ten times or more, on a log scale', () => {
    expect(populationCloseness(5000, 5000)).toBe(1)
    expect(populationCloseness(5000, 50_000)).toBe(0)
    expect(populationCloseness(50_000, 5_000_000)).toBe(0)
    expect(populationCloseness(1000, 2000)).toBeCloseTo(populationCloseness(20_000, 40_000))
    expect(populationCloseness(null, 5000)).toBe(0)
  })

  it('a stage or two ahead counts most, then the same stage, then far ahead, then behind', () => {
    expect(stageCloseness('COMMITMENT', 'INVENTORY')).toBeGreaterThan(
      stageCloseness('COMMITMENT', 'COMMITMENT'),
    )
    expect(stageCloseness('COMMITMENT', 'COMMITMENT')).toBeGreaterThan(stageCloseness('NONE', 'ACTION_PLANS'))
    expect(stageCloseness('NONE', 'ACTION_PLANS')).toBeGreaterThan(stageCloseness('TARGET', 'INVENTORY'))
    expect(stageCloseness('TARGET', 'INVENTORY')).toBeGreaterThan(stageCloseness('TARGET', 'COMMITMENT'))
  })
})

describe('the ranking', () => {
  it('puts the most alike first: same state, size, hazard and stage ahead beat a far-away giant', () => {
    const ranked = rankPeers({
      you,
      candidates: [
        place({ slug: 'giant', name: 'Giant', state: 'CA', population: 3_000_000, stage: 'NONE' }),
        place({
          slug: 'twin',
          name: 'Twin',
          population: 39_000,
          stage: 'INVENTORY',
          hazards: ['EXTREME_HEAT'],
        }),
        place({ slug: 'cousin', name: 'Cousin', state: 'IN', population: 60_000 }),
      ],
    })
    expect(ranked.map((p) => p.slug)).toEqual(['twin', 'cousin', 'giant'])
  })

  it('applies each filter', () => {
    const candidates = [
      place({ slug: 'same-state', population: 10_000, stage: 'NONE' }),
      place({
        slug: 'region',
        state: 'IN',
        population: 70_000,
        stage: 'TARGET',
        campaigns: ['compact-of-mayors'],
      }),
      place({
        slug: 'far',
        state: 'CA',
        population: 300_000,
        hazards: ['EXTREME_HEAT'],
        stage: 'COMMITMENT',
      }),
      place({ slug: 'unknown', state: 'TX', population: null, stage: 'NONE' }),
    ]
    const slugs = (filters: PeerFilters) =>
      rankPeers({ you, candidates, filters })
        .map((p) => p.slug)
        .sort()
    expect(slugs({ sameState: true })).toEqual(['same-state'])
    expect(slugs({ sameRegion: true })).toEqual(['region', 'same-state'])
    expect(slugs({ hazard: 'EXTREME_HEAT' })).toEqual(['far'])
    expect(slugs({ hazard: 'WILDFIRE' })).toEqual([])
    expect(slugs({ sameCampaign: true })).toEqual(['region'])
    expect(slugs({ ahead: true })).toEqual(['region'])
    expect(slugs({ population: 'near' })).toEqual(['region'])
    expect(slugs({ population: 'gt250k' })).toEqual(['far'])
    expect(slugs({ population: 'lt10k' })).toEqual([])
    expect(slugs({ population: '10k-50k' })).toEqual(['same-state'])
    expect(slugs({ sameRegion: true, ahead: true })).toEqual(['region'])
  })
})

// Random members: states, populations, stages, hazards and campaigns drawn from the real lists.
const facts: fc.Arbitrary<PeerFacts> = fc.record({
  slug: fc.stringMatching(/^[a-z]{1,6}$/),
  name: fc.stringMatching(/^[A-Z][a-z]{0,7}$/),
  state: fc.constantFrom(...STATE_CODES),
  population: fc.option(fc.integer({ min: 1, max: 9_000_000 }), { nil: null }),
  stage: fc.constantFrom(...PEER_STAGE_ORDER),
  hazards: fc.uniqueArray(fc.constantFrom(...HAZARD_CODES), { maxLength: 5 }),
  campaigns: fc.uniqueArray(fc.constantFrom('rc4a', 'compact-of-mayors'), { maxLength: 2 }),
})
const filters: fc.Arbitrary<PeerFilters> = fc.record(
  {
    sameState: fc.boolean(),
    sameRegion: fc.boolean(),
    hazard: fc.constantFrom(...HAZARD_CODES),
    sameCampaign: fc.boolean(),
    ahead: fc.boolean(),
    population: fc.constantFrom(
      ...(Object.keys(PEER_POPULATION_BANDS) as (keyof typeof PEER_POPULATION_BANDS)[]),
    ),
  },
  { requiredKeys: [] },
)

describe('ranking properties', () => {
  it('never lists you, keeps each candidate at most once, sorts by score and agrees with each filter', () => {
    fc.assert(
      fc.property(
        facts,
        fc.uniqueArray(facts, { selector: (f) => f.slug, maxLength: 30 }),
        filters,
        (me, others, f) => {
          const ranked = rankPeers({ you: me, candidates: [me, ...others], filters: f })
          expect(ranked.some((p) => p.slug === me.slug)).toBe(false)
          expect(new Set(ranked.map((p) => p.slug)).size).toBe(ranked.length)
          for (let i = 1; i < ranked.length; i++)
            expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score)
          for (const p of ranked) {
            if (f.sameState) expect(p.state).toBe(me.state)
            if (f.sameRegion) expect(censusRegion(p.state)).toBe(censusRegion(me.state))
            if (f.hazard) expect(p.hazards).toContain(f.hazard)
            if (f.sameCampaign) expect(p.campaigns.some((c) => me.campaigns.includes(c))).toBe(true)
            if (f.ahead)
              expect(PEER_STAGE_ORDER.indexOf(p.stage)).toBeGreaterThan(PEER_STAGE_ORDER.indexOf(me.stage))
            expect(p.sharedHazards.every((h) => me.hazards.includes(h) && p.hazards.includes(h))).toBe(true)
          }
          // Without filters nobody is left out.
          const all = rankPeers({ you: me, candidates: others })
          expect(all.length).toBe(others.filter((o) => o.slug !== me.slug).length)
        },
      ),
    )
  })

  it('a peer that shares one more hazard with you never ranks lower than it did', () => {
    fc.assert(
      fc.property(facts, facts, fc.constantFrom(...HAZARD_CODES), (me, peer, hazard) => {
        fc.pre(peer.slug !== me.slug && !peer.hazards.includes(hazard))
        const withYours = { ...me, hazards: [...new Set([...me.hazards, hazard])] }
        const before = rankPeers({ you: withYours, candidates: [peer] })[0]!.score
        const after = rankPeers({
          you: withYours,
          candidates: [{ ...peer, hazards: [...peer.hazards, hazard] }],
        })[0]!
        expect(after.score).toBeGreaterThanOrEqual(before)
        expect(peerReasons({ you: withYours, peer: after })[0]).toMatch(/^also faces /)
      }),
    )
  })

  it('every region holds its states once, and every state is in one region', () => {
    const listed = Object.values(CENSUS_REGIONS).flatMap((r) => [...r.states])
    expect(new Set(listed).size).toBe(listed.length)
    expect([...listed].sort()).toEqual([...STATE_CODES].sort())
  })
})
