import Link from 'next/link'
import { redirect } from 'next/navigation'
import { readPledgeDraft } from '@/server/pledges/pledge-draft'

export const metadata = { title: 'Pledge signed' }

export default async function Page() {
  const { outcome } = await readPledgeDraft()
  if (!outcome) redirect('/pledge')
  if (outcome.status === 'duplicate' && outcome.signed) {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">
          {outcome.municipalityName} has already signed {outcome.campaignName}
        </h1>
        <p className="max-w-prose">
          There is nothing more to sign. We have let the person who signed it know that someone tried again.
        </p>
        {outcome.profilePath && (
          <p>
            <Link href={outcome.profilePath}>See the profile of {outcome.municipalityName}</Link>
          </p>
        )}
      </div>
    )
  }
  if (outcome.status === 'duplicate') {
    // A pledge not yet approved is not public: say only that one is in hand, naming no one.
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-3xl">A pledge for {outcome.municipalityName} is being processed</h1>
        <p className="max-w-prose">
          A pledge for {outcome.municipalityName} to {outcome.campaignName} is already being processed, so
          there is nothing more to sign now. Once it is approved, {outcome.municipalityName} appears on the
          campaign’s page.
        </p>
        <p>
          <Link href="/campaigns">See the campaigns</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="max-w-3xl space-y-4">
      <div className="border-4 border-brand-700 bg-brand-50 p-6">
        <h1 className="text-3xl">Check your email</h1>
        <p className="mt-2 text-lg">We have sent a link to {outcome.email}.</p>
      </div>
      <p className="max-w-prose">
        Open the link within 48 hours and press Confirm. Our staff then review the pledge; we email you when
        it is published.
      </p>
      <p>
        No email after a few minutes? Check your spam folder, or{' '}
        <Link href="/pledge/resend">ask for a new link</Link>.
      </p>
    </div>
  )
}
