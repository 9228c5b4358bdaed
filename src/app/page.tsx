import type { Metadata } from 'next'
import { feedAlternateTypes } from '@/lib/feed-link'
import Link from 'next/link'
import { getNetworkFigures } from '@/server/campaigns/get-network-figures'
import { getVerifiedReductions } from '@/server/campaigns/get-verified-reductions'
import { listNewestSignatories } from '@/server/campaigns/list-newest-signatories'
import { countMembersByState } from '@/server/campaigns/count-members-by-state'
import { getPublishedPage } from '@/server/content/get-published-page'
import { getPageHero } from '@/server/heroes/get-page-hero'
import { Hero } from '@/components/layout/hero'
import { CampaignMark } from '@/components/campaigns/campaign-mark'
import { Markdown } from '@/components/ui/markdown'
import { DataTable } from '@/components/ui/data-table'
import { UsMap } from '@/components/charts/us-map'
import { directoryStateHref } from '@/components/charts/map-links'
import { formatDate, formatNumber } from '@/lib/format'
import { stateName } from '@/lib/domain/states'

export const revalidate = 3600

const description =
  'Local governments leading on climate: campaigns, pledges, targets and verified progress, in public.'

export const metadata: Metadata = {
  description,
  alternates: { canonical: '/', types: feedAlternateTypes },
}

export default async function HomePage() {
  const [figures, reductions, newest, byState, intro, hero] = await Promise.all([
    getNetworkFigures(),
    getVerifiedReductions(),
    listNewestSignatories({ limit: 8 }),
    countMembersByState(),
    getPublishedPage('home/intro'),
    getPageHero({ page: 'home' }),
  ])
  return (
    <>
      <Hero image={hero} />
      <section aria-labelledby="intro" className="max-w-3xl">
        <h1 id="intro" className="text-4xl">
          Local governments leading on climate
        </h1>
        {intro ? (
          <Markdown source={intro.body} className="mt-4 text-lg" />
        ) : (
          <p className="mt-4 text-lg">
            Our member municipalities pledge to cut greenhouse gas emissions, prepare for extreme weather and
            economic shocks, and report their progress in public. Residents can see every pledge, target and
            verified inventory.
          </p>
        )}
      </section>

      <section aria-labelledby="campaigns" className="mt-10">
        <h2 id="campaigns" className="text-2xl">
          Campaigns
        </h2>
        <ul className="mt-4 grid gap-6 md:grid-cols-2">
          {figures.campaigns.map((c) => (
            <li key={c.slug} className="rounded border border-gray-300 p-5">
              <h3 className="flex items-center gap-3 text-xl">
                <CampaignMark slug={c.slug} />
                <Link href={`/campaigns/${c.slug}`}>{c.name}</Link>
              </h3>
              <p className="mt-2">{c.tagline}</p>
              <p className="mt-2 font-semibold" data-testid={`signatories-${c.slug}`}>
                {formatNumber(c.signatories)} {c.signatories === 1 ? 'signatory' : 'signatories'}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="figures" className="mt-10">
        <h2 id="figures" className="text-2xl">
          The network in figures
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Figure id="members" label="Member municipalities" value={formatNumber(figures.members)} />
          <Figure id="states" label="States represented" value={formatNumber(figures.states)} />
          {figures.campaigns.map((c) => (
            <Figure
              key={c.slug}
              id={`campaign-${c.slug}`}
              label={`${c.shortName} signatories`}
              value={formatNumber(c.signatories)}
            />
          ))}
          <Figure
            id="verified-reports"
            label="Verified progress reports"
            value={formatNumber(figures.verifiedReports)}
          />
          <Figure
            id="reductions"
            label="Verified emission reductions"
            value={`${formatNumber(reductions.totalTco2e)} tCO2e`}
            note={`Fall from earliest to latest verified inventory, summed over ${formatNumber(
              reductions.municipalitiesReducing,
            )} members whose emissions went down.`}
          />
        </dl>
        <p className="mt-4">
          <Link href="/progress">Read the network progress report</Link>: growth, compliance stages, verified
          emissions against targets and projections to 2050.
        </p>
      </section>

      <section aria-labelledby="newest" className="mt-10">
        <h2 id="newest" className="text-2xl">
          Newest signatories
        </h2>
        <DataTable
          className="mt-4"
          caption="The most recently approved pledges"
          hideCaption
          rows={newest}
          rowKey={(r) => r.id}
          empty="No pledges have been approved yet."
          columns={[
            {
              header: 'Municipality',
              rowHeader: true,
              cell: (r) => (
                <a href={`/members/${r.municipalitySlug}`}>
                  {r.municipalityName}, {stateName(r.state)}
                </a>
              ),
            },
            {
              header: 'Campaign',
              cell: (r) => <a href={`/campaigns/${r.campaignSlug}`}>{r.campaignShortName}</a>,
            },
            {
              header: 'Committed',
              cell: (r) => <time dateTime={r.committedAt}>{formatDate(new Date(r.committedAt))}</time>,
            },
          ]}
        />
      </section>

      <section aria-labelledby="map" className="mt-10">
        <h2 id="map" className="text-2xl">
          Where our members are
        </h2>
        <UsMap
          src="/maps/members.svg"
          title="Member municipalities by state"
          counts={byState}
          unit="members"
          links={{ src: '/maps/links/members.svg', href: (state) => directoryStateHref(state) }}
        />
      </section>
    </>
  )
}

function Figure({ id, label, value, note }: { id: string; label: string; value: string; note?: string }) {
  return (
    <div className="rounded bg-brand-50 p-4" data-testid={`figure-${id}`}>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-3xl font-bold text-brand-800">{value}</dd>
      {note && <dd className="mt-1 text-sm text-muted">{note}</dd>}
    </div>
  )
}
