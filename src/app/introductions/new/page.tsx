import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { IntroductionForm } from '@/components/introductions/introduction-form'
import { getCurrentUser } from '@/server/auth/get-current-user'
import { getIntroductionTarget } from '@/server/introductions/get-introduction-target'
import { listAskingMunicipalities } from '@/server/introductions/list-asking-municipalities'
import {
  listIntroductionRecipients,
  noContactMessage,
} from '@/server/introductions/list-introduction-recipients'

export const metadata: Metadata = { title: 'Ask for an introduction', robots: { index: false } }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const SLUG = /^[a-z0-9-]{1,120}$/
const slugParam = (v: string | string[] | undefined) => (typeof v === 'string' && SLUG.test(v) ? v : null)

/**
 * The introduction request, reached from a member profile or a willing-to-talk implementation (which, cached,
 * carry only a plain link here). Rendered per request: the form for a confirmed official of another member
 * municipality; anyone else learns how to get access.
 */
export default async function NewIntroductionPage({ searchParams }: Props) {
  const params = await searchParams
  const to = slugParam(params.to)
  const solutionSlug =
    params.solution === undefined || params.solution === '' ? '' : slugParam(params.solution)
  if (!to || solutionSlug === null) notFound()
  const target = await getIntroductionTarget({ to, solution: solutionSlug })
  if (!target) notFound()
  const { municipality, solution } = target
  const user = await getCurrentUser()
  const mine = await listAskingMunicipalities(user)
  const from = mine.filter((m) => m.id !== municipality.id)
  // A member with nobody to email (no confirmed official, no approved pledge's signatory) cannot be asked: said
  // before the form is filled, not after (decision 0021).
  const reachable =
    !user || from.length === 0
      ? true
      : (await listIntroductionRecipients({ municipalityId: municipality.id, exceptUserId: user.id }))
          .length > 0
  const here = `/introductions/new?to=${municipality.slug}${solution ? `&solution=${solution.slug}` : ''}`
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          ...(solution
            ? [
                { label: 'Solutions', href: '/solutions' },
                { label: solution.title, href: `/solutions/${solution.slug}` },
              ]
            : [
                { label: 'Members', href: '/members' },
                { label: municipality.name, href: `/members/${municipality.slug}` },
              ]),
          { label: 'Ask for an introduction' },
        ]}
      />
      <h1 className="text-3xl">
        Ask for an introduction to {municipality.name}, {municipality.state}
      </h1>
      <div className="mt-4 max-w-3xl space-y-4">
        {solution && (
          <p>
            About their experience with <Link href={`/solutions/${solution.slug}`}>{solution.title}</Link>.
          </p>
        )}
        <p>
          The network introduces member municipalities to each other. We never show an official’s email
          address or phone number: we send your request to {municipality.name}’s officials, and if they
          accept, we email you both each other’s contact details.
        </p>
      </div>
      {from.length > 0 && !reachable ? (
        <div className="mt-6 max-w-3xl space-y-4" data-testid="introduction-no-contact">
          <h2 className="text-2xl">We cannot pass on a request yet</h2>
          <p>{noContactMessage(municipality)}</p>
          <p>
            <Link href={`/portal/${from[0]!.slug}/help`}>Ask the network for help</Link>
          </p>
        </div>
      ) : from.length > 0 ? (
        <IntroductionForm
          to={{ slug: municipality.slug, name: municipality.name }}
          solution={solution?.slug ?? ''}
          from={from}
        />
      ) : (
        <div className="mt-6 max-w-3xl space-y-4" data-testid="introduction-access">
          <h2 className="text-2xl">Who can ask</h2>
          <p>Introductions are for officials of member municipalities.</p>
          {!user ? (
            <p>
              If you are one, <Link href={`/signin?callbackUrl=${encodeURIComponent(here)}`}>sign in</Link>{' '}
              with your official email address and you come back to this page.
            </p>
          ) : mine.length > 0 ? (
            <p>You are an official of {municipality.name}: you cannot ask your own municipality.</p>
          ) : (
            <p>
              Your account is not a confirmed official of a member municipality. Ask a colleague who is to
              invite you from the officials’ portal, and staff will confirm you.
            </p>
          )}
          <p>
            If your municipality is not a member yet, it can join by{' '}
            <Link href="/pledge">signing a campaign pledge</Link>.
          </p>
        </div>
      )}
    </div>
  )
}
