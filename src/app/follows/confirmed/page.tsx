import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusNote } from '@/components/ui/status-note'
import { getMemberProfile } from '@/server/municipalities/get-member-profile'

export const metadata: Metadata = { title: 'Following a place', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const PROBLEMS: Record<string, string> = {
  used: 'This link has already been used.',
  expired: 'This link has expired: ask again from the place’s page and we email you a new one.',
  invalid: 'This link is not valid.',
}

/** What pressing a confirm link's button came to (the token stays out of this address). */
export default async function FollowConfirmedPage({ searchParams }: Props) {
  const { place: slug, state } = await searchParams
  const place = typeof slug === 'string' ? await getMemberProfile({ slug }) : null
  const problem = place
    ? undefined
    : typeof state === 'string'
      ? (PROBLEMS[state] ?? PROBLEMS.invalid)
      : PROBLEMS.invalid
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">{place ? `You follow ${place.name}` : 'Nothing was confirmed'}</h1>
      {problem ? (
        <StatusNote tone="problem">{problem}</StatusNote>
      ) : (
        <StatusNote>
          We will email you at most once a day when there is news from {place!.name}. Each email has links to
          manage the places you follow and to unsubscribe.
        </StatusNote>
      )}
      <p>
        {place ? (
          <>
            Back to <Link href={`/members/${place.slug}`}>{place.name}</Link>, or see{' '}
          </>
        ) : (
          'See '
        )}
        <Link href="/members">the member directory</Link>.
      </p>
    </div>
  )
}
