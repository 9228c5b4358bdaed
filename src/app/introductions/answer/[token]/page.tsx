import type { Metadata } from 'next'
import Link from 'next/link'
import { buttonClass } from '@/components/content/button-styles'
import { formatDate } from '@/lib/format'
import { getAnswerView } from '@/server/introductions/get-answer-view'
import { answerIntroductionAction } from '../../actions'

// The token is in the address: keep it out of search engines and out of other sites' Referer headers.
export const metadata: Metadata = {
  title: 'Answer an introduction request',
  robots: { index: false },
  referrer: 'same-origin',
}

type Props = {
  params: Promise<{ token: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const PROBLEMS = {
  answered: 'This request has already been answered',
  expired: 'This request has closed',
  invalid: 'This link is not valid',
} as const

/**
 * The emailed answer link: opening it changes nothing (mail scanners open links); the buttons answer, without
 * signing in and without JavaScript. The link's choice (?choice=accept|decline) comes first.
 */
export default async function AnswerIntroductionPage({ params, searchParams }: Props) {
  const { token } = await params
  const { choice } = await searchParams
  const view = await getAnswerView({ token })
  if (view.state !== 'valid') {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">{PROBLEMS[view.state]}</h1>
        <p>
          {view.state === 'answered'
            ? 'You or a colleague answered it already; nothing more is needed.'
            : view.state === 'expired'
              ? 'Requests close by themselves when they are not answered within 14 days, and we tell the asker kindly.'
              : 'Check that you opened the whole link from the email. A link also stops working when its holder no longer answers for the municipality: an official who left it, the signatory of a pledge since withdrawn, or a signatory once the municipality has officials on our site (we send them the request).'}{' '}
          See the <Link href="/solutions">Solutions Gateway</Link>.
        </p>
      </div>
    )
  }
  const declineFirst = choice === 'decline'
  const answer = (c: 'accept' | 'decline', primary: boolean) => (
    <form action={answerIntroductionAction} key={c}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="choice" value={c} />
      <button type="submit" className={primary ? buttonClass.primary : buttonClass.secondary}>
        {c === 'accept' ? 'Accept and share contacts' : 'Decline'}
      </button>
    </form>
  )
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl">
        Introduction request from {view.from.name}, {view.from.state}
      </h1>
      <p>
        {view.requesterName ?? 'An official'} of {view.from.name} would like to be introduced to{' '}
        {view.to.name}
        {view.solution ? (
          <>
            {' '}
            to learn from your experience with{' '}
            <Link href={`/solutions/${view.solution.slug}`}>{view.solution.title}</Link>
          </>
        ) : null}
        .
      </p>
      <section aria-labelledby="learn-heading">
        <h2 id="learn-heading" className="text-xl">
          What they would like to learn
        </h2>
        <blockquote className="mt-2 border-l-4 border-gray-300 pl-4 whitespace-pre-line">
          {view.message}
        </blockquote>
      </section>
      <p>
        If you accept, we email you both each other’s name, email address and municipality. If you decline, we
        tell them kindly, without reasons. Either answer closes the request for your colleagues too. Open
        until {formatDate(view.answerBy)}.
      </p>
      <div className="flex flex-wrap gap-4">
        {declineFirst
          ? [answer('decline', true), answer('accept', false)]
          : [answer('accept', true), answer('decline', false)]}
      </div>
    </div>
  )
}
