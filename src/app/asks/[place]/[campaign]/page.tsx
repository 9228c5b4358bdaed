import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { AskForm } from '@/components/asks/ask-form'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { STATES } from '@/lib/domain/states'
import { ASK_THRESHOLDS } from '@/lib/domain/asks'
import { formatDate, formatNumber } from '@/lib/format'
import { getPlaceAsk } from '@/server/asks/get-place-ask'

export const revalidate = 3600

// Rendered on first request, then served from the cache until the tag `ask:<place>` expires (a confirmed
// signature, a moderated comment, the place signing the campaign).
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ place: string; campaign: string }> }

const stateName = (s: string) => STATES[s as keyof typeof STATES] ?? s

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { place, campaign } = await params
  const ask = await getPlaceAsk(place, campaign)
  if (!ask) return { title: 'Petition not found' }
  return {
    title: `Ask ${ask.place.name} to join ${ask.campaign.shortName}`,
    description: `Residents of ${ask.place.name}, ${stateName(ask.place.state)} ask their council to join ${ask.campaign.name}.`,
    alternates: { canonical: `/asks/${ask.place.slug}/${ask.campaign.slug}` },
  }
}

export default async function PlaceAskPage({ params }: Props) {
  const { place: placeSlug, campaign: campaignSlug } = await params
  const ask = await getPlaceAsk(placeSlug, campaignSlug)
  if (!ask) notFound()
  const { place, campaign, count } = ask
  const next = ASK_THRESHOLDS.find((t) => t > count)
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Ask your council', href: '/asks' },
          { label: place.name },
        ]}
      />
      <h1 className="text-3xl">
        Ask {place.name}, {stateName(place.state)} to join {campaign.shortName}
      </h1>
      <p className="mt-4 max-w-3xl text-lg">
        {campaign.name}: {campaign.tagline}
      </p>
      <p className="mt-6 text-2xl" data-testid="ask-count">
        <strong>{formatNumber(count)}</strong> {count === 1 ? 'resident has' : 'residents have'} signed
      </p>
      {!ask.signedAt && next && (
        <p className="mt-2 max-w-3xl">
          At {next} signatures we send the council a letter with your names counted and your comments.
        </p>
      )}
      {ask.signedAt ? (
        <section aria-labelledby="signed" className="mt-8 max-w-3xl border-l-4 border-brand-700 pl-4">
          <h2 id="signed" className="text-2xl">
            {place.name} has signed {campaign.shortName}
          </h2>
          <p className="mt-2">
            It signed on {formatDate(new Date(ask.signedAt))}. Thank you to everyone who asked
            {place.isMember && (
              <>
                {': '}
                <Link href={`/members/${place.slug}`}>see the profile of {place.name}</Link>
              </>
            )}
            .
          </p>
        </section>
      ) : (
        <section aria-labelledby="sign" className="mt-10">
          <h2 id="sign" className="text-2xl">
            Add your name
          </h2>
          <p className="mt-2 max-w-3xl">
            One signature per email address. We never show your address; your comment shows once our staff
            have read it.
          </p>
          <AskForm placeSlug={place.slug} campaignSlug={campaign.slug} />
        </section>
      )}
      <section aria-labelledby="comments" className="mt-12 max-w-3xl">
        <h2 id="comments" className="text-2xl">
          What residents say
        </h2>
        {ask.comments.length === 0 ? (
          <p className="mt-4">No comments yet.</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {ask.comments.map((c) => (
              <li key={c.id} className="border-l-4 border-brand-100 pl-4">
                <blockquote className="whitespace-pre-line">{c.comment}</blockquote>
                <p className="mt-1 text-muted">
                  {c.name}, {formatDate(new Date(c.confirmedAt))}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="mt-10">
        <Link href="/asks">See the places residents ask most</Link>
      </p>
    </div>
  )
}
