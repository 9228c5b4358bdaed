import type { Metadata } from 'next'
import Link from 'next/link'
import { PlaceSearch } from '@/components/pledge/place-search'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { STATES } from '@/lib/domain/states'
import { formatNumber } from '@/lib/format'
import { findAskPlaces } from '@/server/asks/find-ask-places'
import { listCampaigns } from '@/server/campaigns/list-campaigns'

export const metadata: Metadata = { title: 'Ask your council to join: find your place' }

const stateOptions = Object.entries(STATES).map(([value, label]) => ({ value, label }))
const stateName = (s: string) => STATES[s as keyof typeof STATES] ?? s

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** The place search of the asks (any seeded place, members or not), rendered for each query. */
export default async function FindAskPlacePage({ searchParams }: Props) {
  const params = await searchParams
  const q = typeof params.q === 'string' ? params.q.slice(0, 100) : ''
  const state =
    typeof params.state === 'string' && params.state.toUpperCase() in STATES ? params.state.toUpperCase() : ''
  const [found, campaigns] = await Promise.all([q ? findAskPlaces({ q, state }) : [], listCampaigns()])
  return (
    <div className="max-w-3xl">
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Ask your council', href: '/asks' },
          { label: 'Find your place' },
        ]}
      />
      <h1 className="mb-6 text-3xl">Which place do you want to ask?</h1>
      <PlaceSearch q={q} state={state} states={stateOptions} label="Find your place" />
      {q && found.length === 0 && (
        <p className="mt-6" role="status">
          No place called “{q}” found{state ? ` in ${stateName(state)}` : ''}. Try another spelling.
        </p>
      )}
      {found.length > 0 && (
        <section aria-labelledby="results-title" className="mt-8">
          <h2 id="results-title" className="mb-4 text-xl">
            Places found
          </h2>
          <ul className="space-y-4">
            {found.map((p) => (
              <li key={p.id} className="border-l-4 border-brand-100 pl-4">
                <h3 className="font-semibold">
                  {p.name}, {stateName(p.state)}
                </h3>
                <p className="text-muted">
                  {[p.county, p.population ? `population ${formatNumber(p.population)}` : null]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                <ul className="mt-1 space-y-1">
                  {campaigns.map((c) =>
                    p.signedCampaigns.includes(c.slug) ? (
                      <li key={c.slug}>
                        Already signed {c.shortName}
                        {p.isMember && (
                          <>
                            {': '}
                            <Link href={`/members/${p.slug}`}>see the profile of {p.name}</Link>
                          </>
                        )}
                      </li>
                    ) : (
                      <li key={c.slug}>
                        <Link href={`/asks/${p.slug}/${c.slug}`}>
                          Ask {p.name} to join {c.shortName}
                        </Link>
                      </li>
                    ),
                  )}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
