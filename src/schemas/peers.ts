import { z } from 'zod'
import { HAZARD_CODES } from '@/lib/domain/hazards'
import { PEER_POPULATION_BANDS, type PeerFilters, type PeerPopulationBand } from '@/lib/domain/peers'
import { optionalEnum, pageParam, scalar, type SearchParams, parseSearchParams } from './search-params'

export const PEERS_PAGE_SIZE = 20

const ticked = () =>
  z.preprocess((v) => ['1', 'true', 'on', 'yes'].includes(String(scalar(v) ?? '')), z.boolean()).catch(false)

/** The peer finder's GET form (/portal/<slug>/peers): each filter a tick box or a select; bad values are ignored. */
export const peerQuerySchema = z.object({
  state: ticked(),
  region: ticked(),
  hazard: optionalEnum(HAZARD_CODES as [string, ...string[]]),
  campaign: ticked(),
  ahead: ticked(),
  population: optionalEnum(
    Object.keys(PEER_POPULATION_BANDS) as [PeerPopulationBand, ...PeerPopulationBand[]],
  ),
  page: pageParam(10_000),
})

export type PeerQuery = z.infer<typeof peerQuerySchema>

export function parsePeerQuery(params: SearchParams | URLSearchParams): PeerQuery {
  return parseSearchParams(peerQuerySchema, params)
}

/** The ranking's filters of a parsed query. */
export function peerFilters(q: PeerQuery): PeerFilters {
  return {
    sameState: q.state,
    sameRegion: q.region,
    hazard: q.hazard,
    sameCampaign: q.campaign,
    ahead: q.ahead,
    population: q.population,
  }
}

/** The query parameters of a view, without the page (for the pagination's links): only the filters set. */
export function peerParams(q: PeerQuery): Record<string, string | undefined> {
  return {
    state: q.state ? '1' : undefined,
    region: q.region ? '1' : undefined,
    hazard: q.hazard,
    campaign: q.campaign ? '1' : undefined,
    ahead: q.ahead ? '1' : undefined,
    population: q.population,
  }
}
