import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusNote } from '@/components/ui/status-note'

export const metadata: Metadata = { title: 'Introduction request answered', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const DONE: Record<string, string> = {
  accepted:
    'Thank you. We have emailed you both each other’s name, email address and municipality: they will write to you.',
  declined: 'Thank you for letting us know. We have told them kindly, without giving reasons.',
}
const PROBLEMS: Record<string, string> = {
  answered: 'This request had already been answered, by you or a colleague: nothing has changed.',
  expired: 'This request has closed: it was not answered within 14 days.',
  invalid: 'This link is not valid.',
}

/** What pressing an answer link's button came to (the token stays out of this address). */
export default async function IntroductionAnsweredPage({ searchParams }: Props) {
  const { state } = await searchParams
  const done = typeof state === 'string' ? DONE[state] : undefined
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">
        {state === 'accepted'
          ? 'Introduction accepted'
          : state === 'declined'
            ? 'Introduction declined'
            : 'Nothing was answered'}
      </h1>
      {done ? (
        <StatusNote>{done}</StatusNote>
      ) : (
        <StatusNote tone="problem">
          {(typeof state === 'string' && PROBLEMS[state]) || PROBLEMS.invalid}
        </StatusNote>
      )}
      <p>
        See the <Link href="/solutions">Solutions Gateway</Link> or the{' '}
        <Link href="/members">member directory</Link>.
      </p>
    </div>
  )
}
