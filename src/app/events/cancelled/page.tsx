import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusNote } from '@/components/ui/status-note'
import { getPublishedEvent } from '@/server/events/get-published-event'

export const metadata: Metadata = { title: 'Registration cancelled', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const PROBLEMS: Record<string, string> = {
  used: 'This link has already been used: the registration is cancelled.',
  expired: 'This link has expired.',
  invalid: 'This link is not valid.',
}

/** What pressing a cancel link's button came to (the token stays out of this address). */
export default async function CancelledPage({ searchParams }: Props) {
  const { event: slug, state } = await searchParams
  const event = typeof slug === 'string' ? await getPublishedEvent(slug) : null
  const problem = typeof state === 'string' ? (PROBLEMS[state] ?? PROBLEMS.invalid) : undefined
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{problem ? 'Nothing was cancelled' : 'Your registration is cancelled'}</h1>
      {problem ? (
        <StatusNote tone="problem">{problem}</StatusNote>
      ) : (
        <StatusNote>
          {event ? `You are no longer registered for ${event.title}.` : 'You are no longer registered.'} Thank
          you for letting us know: if anyone was waiting, the place is theirs now.
        </StatusNote>
      )}
      <p>
        {event ? (
          <>
            Back to <Link href={`/events/${event.slug}`}>{event.title}</Link>, or see{' '}
          </>
        ) : (
          'See '
        )}
        <Link href="/events">all network events</Link>.
      </p>
    </div>
  )
}
