import type { Metadata } from 'next'
import { feedAlternateTypes } from '@/lib/feed-link'
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
import { MemberPointsMap } from '@/components/charts/member-points-map'
import { directoryStateHref } from '@/components/charts/map-links'
import { listMemberLocations } from '@/server/municipalities/list-member-locations'
import { formatNumber } from '@/lib/format'
import { siteSettings } from '@/lib/site'
import { CampaignMark } from '@/components/campaigns/campaign-mark'
import { Hero } from '@/components/layout/hero'
import { ShareLinks } from '@/components/layout/share-links'
import { getPageHero } from '@/server/heroes/get-page-hero'
import type { CampaignView } from '@/schemas/campaign-view'
import { CompliancePathTable } from './compliance-path-table'
import { PledgeText } from './pledge-text'
import { Signatories } from './signatories'

// Each campaign has its own static route folder (campaigns/rc4a, campaigns/compact-of-mayors) that
// renders this page with the default view, rather than one [slug] route: an unknown slug then matches no
// route and gets the fully server-rendered 404 (notFound() from a dynamically rendered page only yields an
// empty shell without JavaScript: vercel/next.js#62228). Filtered views (?state=, ?page=) are rewritten by the
// proxy to app/%5Fviews/campaigns/[slug]/[view], which renders this same component (decision 0010).

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

export async function campaignMetadata(slug: CampaignSlug): Promise<Metadata> {
  const [campaign, story] = await Promise.all([getCampaign({ slug }), getPublishedPage(`campaigns/${slug}`)])
  if (!campaign) return {}
  return {
    title: campaign.name,
    description: story?.description ?? campaign.tagline,
    alternates: { canonical: `/campaigns/${slug}`, types: feedAlternateTypes },
  }
}

export async function CampaignPage({ slug, view }: { slug: CampaignSlug; view: CampaignView }) {
  const { state, page } = view
  const [campaign, story, signatories, byState, locations, hero] = await Promise.all([
    getCampaign({ slug }),
    getPublishedPage(`campaigns/${slug}`),
    listSignatories({ campaignSlug: slug, state, page }),
    countSignatoriesByState({ campaignSlug: slug }),
    listMemberLocations({ campaignSlug: slug }),
    getPageHero({ page: slug }),
  ])
  if (!campaign) notFound()
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Campaigns', href: '/campaigns' },
          { label: campaign.name },
        ]}
      />
      <Hero image={hero} />
      <h1 className="flex items-center gap-4 text-3xl sm:text-4xl">
        <CampaignMark slug={slug} size={56} />
        {campaign.name}
      </h1>
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
      <p className="mt-3">
        Live somewhere that has not joined? <Link href="/asks">Ask your council to join</Link>.
      </p>

      {story && (
        <section aria-labelledby="story" className="mt-10">
          {/* The story's title is usually the campaign's name, already the page's h1: not said twice. */}
          <h2 id="story" className="text-2xl">
            {sameText(story.title, campaign.name) ? 'About the campaign' : story.title}
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
          links={{ src: `/maps/links/${slug}.svg`, href: (state) => directoryStateHref(state, slug) }}
        />
        <h3 id="signatory-locations" className="mt-8 text-xl">
          Where the signatories are
        </h3>
        <MemberPointsMap
          src={`/maps/locations/${slug}.svg`}
          title={`Where the ${campaign.name} signatories are`}
          points={locations}
          unit="signatories"
          list={{ href: `/members?campaign=${slug}`, text: 'see the list in the member directory' }}
        />
      </section>

      <ShareLinks url={`${siteSettings().siteUrl}/campaigns/${slug}`} title={campaign.name} />
    </div>
  )
}
