import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { getCampaign } from '@/server/campaigns/get-campaign'
import { listSignatories } from '@/server/campaigns/list-signatories'
import { countSignatoriesByState } from '@/server/campaigns/count-signatories-by-state'
import type { CampaignSlug } from '@/server/campaigns/campaign-slugs'
import { getPublishedPage } from '@/server/content/get-published-page'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { Markdown } from '@/components/ui/markdown'
import { UsMap } from '@/components/charts/us-map'
import { formatNumber } from '@/lib/format'
import { isStateCode } from '@/lib/domain/states'
import { CompliancePathTable } from './compliance-path-table'
import { PledgeText } from './pledge-text'
import { Signatories } from './signatories'

type SearchParams = { state?: string | string[]; page?: string | string[] }
export type CampaignPageProps = { searchParams: Promise<SearchParams> }

// Each campaign has its own static route folder (campaigns/rc4a, campaigns/compact-of-mayors) that
// renders this page, rather than one [slug] route: an unknown slug then matches no route and gets the
// fully server-rendered 404. notFound() from a dynamically rendered page only yields an empty shell
// that needs JavaScript (vercel/next.js#62228), and the site must work without it.

export async function campaignMetadata(slug: CampaignSlug): Promise<Metadata> {
  const [campaign, story] = await Promise.all([getCampaign({ slug }), getPublishedPage(`campaigns/${slug}`)])
  if (!campaign) return {}
  return {
    title: campaign.name,
    description: story?.description ?? campaign.tagline,
    alternates: { canonical: `/campaigns/${slug}` },
  }
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v
}

/** Unknown states are ignored and page numbers clamped, so a hand-edited URL still shows a list. */
function parseFilters(sp: SearchParams): { state: string | undefined; page: number } {
  const state = first(sp.state)?.toUpperCase()
  const page = Number.parseInt(first(sp.page) ?? '1', 10)
  return {
    state: state && isStateCode(state) ? state : undefined,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

export async function CampaignPage({ slug, searchParams }: CampaignPageProps & { slug: CampaignSlug }) {
  const { state, page } = parseFilters(await searchParams)
  const [campaign, story, signatories, byState] = await Promise.all([
    getCampaign({ slug }),
    getPublishedPage(`campaigns/${slug}`),
    listSignatories({ campaignSlug: slug, state, page }),
    countSignatoriesByState({ campaignSlug: slug }),
  ])
  if (!campaign) notFound()
  return (
    <div className="max-w-5xl">
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Campaigns', href: '/campaigns' },
          { label: campaign.name },
        ]}
      />
      <h1 className="text-4xl">{campaign.name}</h1>
      <p className="mt-3 max-w-3xl text-lg">{campaign.tagline}</p>
      <p className="mt-2 font-semibold" data-testid="campaign-signatory-total">
        {formatNumber(campaign.signatories)} {campaign.signatories === 1 ? 'signatory' : 'signatories'}
      </p>
      <p className="mt-6">
        <Link
          href={`/pledge?campaign=${slug}`}
          className="inline-block rounded bg-brand-700 px-5 py-3 text-lg font-semibold text-white no-underline hover:bg-brand-800 hover:text-white"
        >
          Sign this pledge<span className="sr-only">: {campaign.name}</span>
        </Link>
      </p>

      {story && (
        <section aria-labelledby="story" className="mt-10">
          <h2 id="story" className="text-2xl">
            {story.title}
          </h2>
          <Markdown source={story.body} className="mt-3" />
        </section>
      )}

      {campaign.pledgeText && <PledgeText text={campaign.pledgeText} />}
      {campaign.hasCompliancePath && <CompliancePathTable />}

      <Signatories campaignSlug={slug} campaignName={campaign.name} state={state} result={signatories} />

      <section aria-labelledby="signatory-map" className="mt-10">
        <h2 id="signatory-map" className="text-2xl">
          Signatories by state
        </h2>
        <UsMap
          src={`/maps/${slug}.svg`}
          title={`${campaign.name} signatories by state`}
          counts={byState}
          unit="signatories"
          table="visible"
        />
      </section>
    </div>
  )
}
