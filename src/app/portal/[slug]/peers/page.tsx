import type { Metadata } from 'next'
import { Pagination } from '@/components/ui/pagination'
import { formatNumber } from '@/lib/format'
import { hazardLabel } from '@/lib/domain/hazards'
import { stateName } from '@/lib/domain/states'
import type { ExplainedPeer } from '@/lib/domain/peers'
import { COMPLIANCE_STAGES } from '@/schemas/directory'
import { parsePeerQuery, peerParams } from '@/schemas/peers'
import type { SearchParams } from '@/schemas/search-params'
import { findPeers } from '@/server/peers/find-peers'
import { PortalBreadcrumbs } from '../../portal-breadcrumbs'
import { PortalAccessDenied } from '../../portal-access-denied'
import { portalData } from '../../portal-data'
import { PeerFilters } from './peer-filters'

export const metadata: Metadata = { title: 'Municipalities like yours' }

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> }

function PeerResult({ peer }: { peer: ExplainedPeer }) {
  return (
    <li className="border-t border-gray-300 py-4">
      <h3 className="text-xl">
        {/* A plain link: next/link would prefetch every result's profile. */}
        <a href={`/members/${peer.slug}`}>
          {peer.name}, {peer.state}
        </a>
      </h3>
      <p className="text-muted">
        {stateName(peer.state)} · population{' '}
        {peer.population === null ? 'not known' : formatNumber(peer.population)} · compliance stage:{' '}
        {COMPLIANCE_STAGES[peer.stage]}
      </p>
      <p className="mt-1">
        <span className="font-semibold">Why it matched: </span>
        {peer.reasons.length > 0 ? peer.reasons.join('; ') : 'another member of the network'}
      </p>
      {/* Introductions (issue 17, built separately): an "Ask for an introduction" link to this member goes here.
          Never an official's email or phone: the network brokers every first contact. */}
    </li>
  )
}

export default async function PortalPeersPage({ params, searchParams }: Props) {
  const { slug } = await params
  const query = parsePeerQuery(await searchParams)
  const data = await portalData(`/portal/${slug}/peers`, () => findPeers({ slug, query }))
  if (!data) return <PortalAccessDenied />
  const { municipality: m, peers, total, page, pageCount, pageSize } = data
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1
  const last = (page - 1) * pageSize + peers.length
  return (
    <div className="max-w-4xl">
      <PortalBreadcrumbs m={m} here="Municipalities like yours" />
      <h1 className="text-3xl">Municipalities like yours</h1>
      <p className="mt-4 max-w-3xl">
        Other members of the network ranked by how alike they are to {m.name}: population, state and census
        region, the hazards in their verified reports, the campaigns they joined and how far along the
        compliance path they are. Each says why it matched. Their public profiles show what they have done.
      </p>
      <p className="mt-2 text-muted">
        {m.name}: population {m.population === null ? 'not known' : formatNumber(m.population)}; compliance
        stage {COMPLIANCE_STAGES[m.stage]}; hazards in verified reports:{' '}
        {m.hazards.length > 0 ? m.hazards.map(hazardLabel).join(', ') : 'none yet'}.
      </p>
      <section aria-labelledby="peer-filters" className="mt-8">
        <h2 id="peer-filters" className="text-2xl">
          Filters
        </h2>
        <div className="mt-4">
          <PeerFilters slug={m.slug} query={query} yourHazards={m.hazards} />
        </div>
      </section>
      <section aria-labelledby="peer-results" className="mt-10">
        <h2 id="peer-results" className="text-2xl">
          Results
        </h2>
        <p className="mt-2" role="status">
          {total === 0
            ? 'No member matches these filters. Clear a filter to see more.'
            : `Showing ${formatNumber(first)} to ${formatNumber(last)} of ${formatNumber(total)} ${total === 1 ? 'municipality' : 'municipalities'}, most alike first.`}
        </p>
        {peers.length > 0 && (
          <ol start={first} className="mt-4" aria-label="Municipalities like yours, most alike first">
            {peers.map((p) => (
              <PeerResult key={p.slug} peer={p} />
            ))}
          </ol>
        )}
        <Pagination
          page={page}
          pageCount={pageCount}
          basePath={`/portal/${m.slug}/peers`}
          params={peerParams(query)}
          label="Pages of results"
        />
      </section>
    </div>
  )
}
