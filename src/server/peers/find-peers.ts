import 'server-only'
import { explainPeers, rankPeers, type ExplainedPeer, type PeerFacts } from '@/lib/domain/peers'
import { DIRECTORY_CAMPAIGNS } from '@/schemas/directory'
import { PEERS_PAGE_SIZE, peerFilters, type PeerQuery } from '@/schemas/peers'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'
import { AppError } from '@/server/errors'
import { loadPeerFacts } from './load-peer-facts'

export type PeerFinderResult = {
  /** The municipality the portal page is about, with the facts it is compared by. */
  municipality: PeerFacts
  /** Members that pass the filters (all pages). */
  total: number
  page: number
  pageCount: number
  pageSize: number
  peers: ExplainedPeer[]
}

/**
 * "Municipalities like yours" for the portal page of `slug`: its confirmed officials (and admins) only, as every
 * portal page (findPortalMunicipality: anyone else NOT_FOUND, FORBIDDEN or UNAUTHENTICATED). Other members,
 * ranked by lib/domain/peers.ts, filtered by `query`, one page of them. Public facts only: no official's email
 * or phone is read.
 */
export async function findPeers({
  slug,
  query,
}: {
  slug: string
  query: PeerQuery
}): Promise<PeerFinderResult> {
  const ref = await findPortalMunicipality({ slug })
  const facts = await loadPeerFacts({ municipalityId: ref.id })
  const you = facts.find((f) => f.slug === ref.slug)
  if (!you) throw new AppError('NOT_FOUND')
  const ranked = rankPeers({ you, candidates: facts, filters: peerFilters(query) })
  const pageCount = Math.max(1, Math.ceil(ranked.length / PEERS_PAGE_SIZE))
  const page = Math.min(query.page, pageCount)
  return {
    municipality: you,
    total: ranked.length,
    page,
    pageCount,
    pageSize: PEERS_PAGE_SIZE,
    peers: explainPeers({
      you,
      peers: ranked.slice((page - 1) * PEERS_PAGE_SIZE, page * PEERS_PAGE_SIZE),
      campaignNames: DIRECTORY_CAMPAIGNS,
    }),
  }
}
