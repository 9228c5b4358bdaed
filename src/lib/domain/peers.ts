// The peer finder ("municipalities like yours", issue 17): how alike two members are, and why, in plain words.
// Pure: fed by find-peers.ts's one query, tested in tests/unit/peers.test.ts.
import { formatNumber } from '@/lib/format'
import { hazardLabel } from './hazards'
import { CENSUS_REGIONS, censusRegion } from './states'

/** The compliance path's stages in order (the ComplianceStage enum); a member's index says how far it got. */
export const PEER_STAGE_ORDER = ['NONE', 'COMMITMENT', 'INVENTORY', 'TARGET', 'ACTION_PLANS'] as const
export type PeerStage = (typeof PEER_STAGE_ORDER)[number]

/** What the finder knows of a member: public facts only (no official, no contact). */
export type PeerFacts = {
  slug: string
  name: string
  state: string
  population: number | null
  stage: PeerStage
  /** Hazard codes from its verified reports. */
  hazards: readonly string[]
  /** Slugs of the campaigns it has an approved pledge in. */
  campaigns: readonly string[]
}

/** Population bands of the filter: near yours (half to twice), or the directory's fixed bands. */
export const PEER_POPULATION_BANDS = {
  near: { label: 'Near yours (half to twice)', min: undefined, max: undefined },
  lt10k: { label: 'Under 10,000', min: undefined, max: 10_000 },
  '10k-50k': { label: '10,000 to 50,000', min: 10_000, max: 50_000 },
  '50k-250k': { label: '50,000 to 250,000', min: 50_000, max: 250_000 },
  gt250k: { label: 'Over 250,000', min: 250_000, max: undefined },
} as const satisfies Record<string, { label: string; min: number | undefined; max: number | undefined }>
export type PeerPopulationBand = keyof typeof PEER_POPULATION_BANDS

/** The finder's filters; each one left out (false or undefined) lets every member through. */
export type PeerFilters = {
  sameState?: boolean
  sameRegion?: boolean
  /** Only members whose verified reports name this hazard. */
  hazard?: string
  /** Only members in at least one campaign you are in. */
  sameCampaign?: boolean
  /** Only members further along the compliance path than you. */
  ahead?: boolean
  population?: PeerPopulationBand
}

export type RankedPeer = PeerFacts & {
  score: number
  sameState: boolean
  sameRegion: boolean
  sharedHazards: string[]
  sharedCampaigns: string[]
  /** Their stage's index minus yours: positive when they are ahead. */
  stageDifference: number
}

/** A ranked peer with why it matched, strongest first, each a short phrase ("also faces extreme heat"). */
export type ExplainedPeer = RankedPeer & { reasons: string[] }

// How much each likeness weighs. Population is the strongest single sign of a peer; a shared hazard is what an
// official most often wants to learn about, so three of them outweigh the rest.
export const PEER_WEIGHTS = {
  population: 3,
  sameState: 2,
  sameRegion: 1,
  hazard: 1.5,
  maxHazards: 3,
  campaign: 1,
  stage: 1,
} as const

const stageIndex = (s: PeerStage) => PEER_STAGE_ORDER.indexOf(s)

/** 1 for the same population, falling linearly with the log of the ratio to 0 at ten times (or a tenth). */
export function populationCloseness(a: number | null, b: number | null): number {
  if (a === null || b === null || a <= 0 || b <= 0) return 0
  return Math.max(0, 1 - Math.abs(Math.log10(a / b)))
}

/**
 * How much a stage difference counts (theirs minus yours): one or two stages ahead most (they have just done
 * what you do next), the same stage next, far ahead a little less; behind, less for each stage. Nothing when
 * neither of you is on the path.
 */
export function stageCloseness(yours: PeerStage, theirs: PeerStage): number {
  if (yours === 'NONE' && theirs === 'NONE') return 0
  const d = stageIndex(theirs) - stageIndex(yours)
  if (d === 0) return 1
  if (d > 0) return d <= 2 ? 1.5 : 0.75
  return Math.max(0, 1 + 0.5 * d)
}

/** A population rounded to three significant figures for a sentence: 41,023 -> "41,000"; 38,512 -> "38,500". */
export function roundPopulation(n: number): string {
  if (n < 1000) return formatNumber(n)
  const unit = 10 ** (Math.floor(Math.log10(n)) - 2)
  return formatNumber(Math.round(n / unit) * unit)
}

const listWords = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Whether two populations are close enough to say so (within a factor of three). */
const nearPopulation = (a: number | null, b: number | null) =>
  a !== null && b !== null && a > 0 && b > 0 && Math.abs(Math.log10(a / b)) <= Math.log10(3)

/** The reasons a peer matched, in plain words and strongest first; empty when nothing is alike. */
export function peerReasons({
  you,
  peer,
  campaignNames = {},
}: {
  you: PeerFacts
  peer: Omit<RankedPeer, 'score'>
  campaignNames?: Record<string, string>
}): string[] {
  const reasons: string[] = []
  if (peer.sharedHazards.length > 0)
    reasons.push(`also faces ${listWords(peer.sharedHazards.map((h) => hazardLabel(h).toLowerCase()))}`)
  if (peer.sameState) reasons.push('same state')
  else if (peer.sameRegion) {
    const region = censusRegion(peer.state)
    reasons.push(`same region (${region ? CENSUS_REGIONS[region].label : peer.state})`)
  }
  if (peer.sharedCampaigns.length > 0)
    reasons.push(`also in ${listWords(peer.sharedCampaigns.map((c) => campaignNames[c] ?? c))}`)
  if (!(you.stage === 'NONE' && peer.stage === 'NONE')) {
    const d = peer.stageDifference
    if (d > 0) reasons.push(`${plural(d, 'stage', 'stages')} ahead of you`)
    else if (d < 0) reasons.push(`${plural(-d, 'stage', 'stages')} behind you`)
    else reasons.push('same compliance stage')
  }
  if (nearPopulation(peer.population, you.population))
    reasons.push(
      `population ${roundPopulation(peer.population!)} vs your ${roundPopulation(you.population!)}`,
    )
  return reasons
}

function passes(you: PeerFacts, peer: Omit<RankedPeer, 'score'>, filters: PeerFilters): boolean {
  if (filters.sameState && !peer.sameState) return false
  if (filters.sameRegion && !peer.sameRegion) return false
  if (filters.hazard && !peer.hazards.includes(filters.hazard)) return false
  if (filters.sameCampaign && peer.sharedCampaigns.length === 0) return false
  if (filters.ahead && peer.stageDifference <= 0) return false
  if (filters.population) {
    const p = peer.population
    if (p === null) return false
    if (filters.population === 'near') {
      if (you.population === null || p < you.population / 2 || p > you.population * 2) return false
    } else {
      const band = PEER_POPULATION_BANDS[filters.population]
      if ((band.min !== undefined && p < band.min) || (band.max !== undefined && p >= band.max)) return false
    }
  }
  return true
}

/** The codes of `theirs` that are also in `yours`, each once, sorted. */
function shared(theirs: readonly string[], yours: ReadonlySet<string>): string[] {
  const out: string[] = []
  for (const code of theirs) if (yours.has(code) && !out.includes(code)) out.push(code)
  return out.length > 1 ? out.sort() : out
}

/**
 * Every other member that passes the filters, most alike first (ties by name, then slug), each with its score
 * and what it shares with you. `you` is never among the results, whatever `candidates` holds. Reasons are
 * worded by explainPeers for the page shown only (wording all 20,000 would take longer than ranking them).
 */
export function rankPeers({
  you,
  candidates,
  filters = {},
}: {
  you: PeerFacts
  candidates: readonly PeerFacts[]
  filters?: PeerFilters
}): RankedPeer[] {
  const yourRegion = censusRegion(you.state)
  const yourHazards = new Set(you.hazards)
  const yourCampaigns = new Set(you.campaigns)
  const ranked: RankedPeer[] = []
  const yourStage = stageIndex(you.stage)
  const w = PEER_WEIGHTS
  // One pass without spreads or sets: at 20,000 members each microsecond per member shows on the page.
  for (const c of candidates) {
    if (c.slug === you.slug) continue
    const facts: RankedPeer = {
      slug: c.slug,
      name: c.name,
      state: c.state,
      population: c.population,
      stage: c.stage,
      hazards: c.hazards,
      campaigns: c.campaigns,
      sameState: c.state === you.state,
      sameRegion: yourRegion !== null && censusRegion(c.state) === yourRegion,
      sharedHazards: shared(c.hazards, yourHazards),
      sharedCampaigns: shared(c.campaigns, yourCampaigns),
      stageDifference: stageIndex(c.stage) - yourStage,
      score: 0,
    }
    if (!passes(you, facts, filters)) continue
    facts.score =
      w.population * populationCloseness(you.population, c.population) +
      (facts.sameState ? w.sameState : facts.sameRegion ? w.sameRegion : 0) +
      w.hazard * Math.min(facts.sharedHazards.length, w.maxHazards) +
      w.campaign * facts.sharedCampaigns.length +
      w.stage * stageCloseness(you.stage, c.stage)
    ranked.push(facts)
  }
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) ||
      (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  )
}

/** The ranked peers with the reasons each matched (peerReasons), for the ones a page shows. */
export function explainPeers({
  you,
  peers,
  campaignNames = {},
}: {
  you: PeerFacts
  peers: readonly RankedPeer[]
  campaignNames?: Record<string, string>
}): ExplainedPeer[] {
  return peers.map((peer) => ({ ...peer, reasons: peerReasons({ you, peer, campaignNames }) }))
}
