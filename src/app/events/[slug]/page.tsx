import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { EventFacts } from '@/components/events/event-facts'
import { RegistrationForm } from '@/components/events/registration-form'
import { formatEventDeadline } from '@/lib/domain/zoned-time'
import { getPublishedEvent } from '@/server/events/get-published-event'

export const revalidate = 300

// Rendered on first request, then served from the cache until the tag `events` expires (a registration,
// a cancellation or a change by staff), so the places left are always current; a deadline or an end that
// passes shows within `revalidate` seconds (the registration itself is refused on time, in the server).
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getPublishedEvent((await params).slug)
  if (!event) return { title: 'Event not found' }
  return {
    title: event.title,
    description: event.summary,
    alternates: { canonical: `/events/${event.slug}` },
  }
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params
  const event = await getPublishedEvent(slug)
  if (!event) notFound()
  const now = new Date()
  const full = event.registered >= event.capacity
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Network events', href: '/events' },
          { label: event.title },
        ]}
      />
      <h1 className="text-3xl">{event.title}</h1>
      <p className="mt-4 max-w-3xl text-lg">{event.summary}</p>
      <EventFacts event={event} now={now} />
      <div className="mt-6 max-w-3xl space-y-4">
        {event.description.split(/\n{2,}/).map((p, i) => (
          <p key={i} className="whitespace-pre-line">
            {p}
          </p>
        ))}
      </div>
      <section aria-labelledby="register" className="mt-10">
        <h2 id="register" className="text-2xl">
          {event.endsAt <= now ? 'This event has taken place' : full ? 'Join the waiting list' : 'Register'}
        </h2>
        {event.endsAt <= now ? (
          <p className="mt-4">
            See the <Link href="/events">upcoming events</Link>.
          </p>
        ) : now > event.registrationDeadline ? (
          <p className="mt-4">
            Registration closed on {formatEventDeadline(event.registrationDeadline, event.timeZone)}.
          </p>
        ) : event.audience === 'MEMBERS' ? (
          <div className="mt-4 max-w-3xl space-y-4">
            <p>
              This event is for officials of member municipalities and network staff. Registration needs you
              to be signed in.
            </p>
            <p>
              <Link href={`/events/${event.slug}/register`} className="font-semibold">
                Register as a member
              </Link>
            </p>
          </div>
        ) : (
          <>
            {full && (
              <p className="mt-4 max-w-3xl">
                All places are taken. Join the waiting list: when someone cancels, the first person waiting
                gets the place and an email.
              </p>
            )}
            <RegistrationForm slug={event.slug} waitlist={full} />
          </>
        )}
      </section>
    </div>
  )
}
