import type { Metadata } from 'next'
import Link from 'next/link'
import { PlaceSearch } from '@/components/pledge/place-search'
import { UsMap } from '@/components/charts/us-map'
import { DataTable } from '@/components/ui/data-table'
import { STATES } from '@/lib/domain/states'
import { ASK_THRESHOLDS } from '@/lib/domain/asks'
import { formatNumber } from '@/lib/format'
import { listTopAsks } from '@/server/asks/list-top-asks'

export const metadata: Metadata = {
  title: 'Ask your council to join',
  description: 'Residents ask their city, town or county to join the network’s leadership campaigns.',
}

// Static, served from the cache until the tag `asks` expires (a confirmed signature, a place signing).
export const revalidate = 3600

const stateOptions = Object.entries(STATES).map(([value, label]) => ({ value, label }))
const stateName = (s: string) => STATES[s as keyof typeof STATES] ?? s

export default async function AsksPage() {
  const { top, byState } = await listTopAsks({ limit: 20 })
  return (
    <div>
      <h1 className="text-3xl">Ask your council to join</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Has your city, town or county not joined a campaign yet? Ask it to. Find your place, add your name,
        and confirm it from your email. At {ASK_THRESHOLDS.join(' and ')} signatures we write to the council
        with your count and your comments.
      </p>
      <section aria-labelledby="find" className="mt-8 max-w-3xl">
        <h2 id="find" className="mb-4 text-2xl">
          Find your place
        </h2>
        <PlaceSearch q="" state="" states={stateOptions} action="/asks/find" label="Find your place" />
      </section>
      <section aria-labelledby="most" className="mt-12">
        <h2 id="most" className="text-2xl">
          Places residents ask most
        </h2>
        <DataTable
          className="mt-4"
          caption="Places with the most confirmed signatures asking them to join a campaign"
          hideCaption
          rows={top}
          rowKey={(a) => `${a.placeSlug}:${a.campaignSlug}`}
          empty={<p className="mt-4">No place has been asked yet. Be the first: find your place above.</p>}
          columns={[
            {
              header: 'Place',
              rowHeader: true,
              cell: (a) => <Link href={`/asks/${a.placeSlug}/${a.campaignSlug}`}>{a.placeName}</Link>,
            },
            { header: 'State', cell: (a) => stateName(a.state) },
            { header: 'Campaign', cell: (a) => a.campaignShortName },
            { header: 'Signatures', numeric: true, cell: (a) => formatNumber(a.count) },
          ]}
        />
      </section>
      {byState.length > 0 && (
        <section aria-labelledby="states" className="mt-12">
          <h2 id="states" className="text-2xl">
            By state
          </h2>
          <UsMap
            src="/maps/asks.svg"
            title="Residents’ asks by state"
            counts={byState.map((s) => ({ state: s.state, count: s.signatures }))}
            unit="signatures"
          />
          <DataTable
            className="mt-4"
            caption="Places asked to join and confirmed signatures, by state"
            hideCaption
            rows={byState}
            rowKey={(s) => s.state}
            columns={[
              { header: 'State', rowHeader: true, cell: (s) => stateName(s.state) },
              { header: 'Places asked', numeric: true, cell: (s) => formatNumber(s.places) },
              { header: 'Signatures', numeric: true, cell: (s) => formatNumber(s.signatures) },
            ]}
          />
        </section>
      )}
    </div>
  )
}
