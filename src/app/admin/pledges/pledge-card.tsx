import Link from 'next/link'
import { formatNumber } from '@/lib/format'
import { MANDATE_TYPES, REJECTION_REASONS } from '@/schemas/pledge'
import type { PledgeForReview } from '@/server/pledges/list-pledges-for-review'
import { formatDateTimeUtc } from '../date-time'
import { approvePledgeAction } from './actions'
import { RejectForm } from './reject-form'

export const BULK_FORM_ID = 'approve-selected'

const STATUS_NAMES: Record<string, string> = {
  PENDING_EMAIL: 'awaiting email confirmation',
  PENDING_REVIEW: 'awaiting review',
  APPROVED: 'approved',
  REJECTED: 'rejected',
  WITHDRAWN: 'withdrawn',
}

const reasons = Object.entries(REJECTION_REASONS).map(([value, label]) => ({
  value,
  label: label.charAt(0).toUpperCase() + label.slice(1),
}))

function Flags({ pledge }: { pledge: PledgeForReview }) {
  const others = pledge.otherPledges
  if (pledge.governmentEmail && others.length === 0) return <p className="mt-3 text-muted">No flags.</p>
  return (
    <ul className="mt-3 space-y-1" aria-label="Flags">
      {!pledge.governmentEmail && (
        <li className="border-l-4 border-amber-600 pl-3 font-semibold">
          Flag: the email domain is not a government domain (.gov, .us or .mil)
        </li>
      )}
      {others.length > 0 && (
        <li className="border-l-4 border-amber-600 pl-3">
          <span className="font-semibold">
            Flag: {formatNumber(others.length)} other {others.length === 1 ? 'pledge' : 'pledges'} for this
            municipality
          </span>
          {': '}
          {others.map((o) => `${o.campaignName} (${STATUS_NAMES[o.status] ?? o.status})`).join('; ')}
        </li>
      )}
    </ul>
  )
}

/** One pledge awaiting review: what the signatory entered, the flags, and the approve and reject forms. */
export function PledgeCard({ pledge, campaign }: { pledge: PledgeForReview; campaign?: string }) {
  const m = pledge.municipality
  const headingId = `pledge-${pledge.id}`
  const rows: [string, React.ReactNode][] = [
    ['Campaign', pledge.campaign.name],
    ['Pledge text', `Version ${pledge.pledgeTextVersion}`],
    ['Signatory', `${pledge.signatoryName}, ${pledge.signatoryTitle}`],
    ['Email', pledge.email],
    ['Phone', pledge.phone ?? 'Not given'],
    ['Mandate', MANDATE_TYPES[pledge.mandateType]],
    [
      'Mandate document',
      pledge.mandateDocument ? (
        <a href={`/admin/uploads/${pledge.mandateDocument.id}`} download>
          {pledge.mandateDocument.filename} (PDF,{' '}
          {formatNumber(Math.ceil(pledge.mandateDocument.size / 1024))} KB)
        </a>
      ) : (
        'None uploaded'
      ),
    ],
    ['Signed (UTC)', formatDateTimeUtc(pledge.signedAt)],
    ['Email confirmed (UTC)', pledge.confirmedAt ? formatDateTimeUtc(pledge.confirmedAt) : 'Not confirmed'],
  ]
  return (
    <section aria-labelledby={headingId} className="rounded border-2 border-gray-300 p-4">
      <div className="flex flex-wrap items-start gap-3">
        <input
          id={`select-${pledge.id}`}
          type="checkbox"
          name="pledgeId"
          value={pledge.id}
          form={BULK_FORM_ID}
          className="mt-1 size-6 shrink-0 accent-brand-700"
        />
        <div>
          <h2 id={headingId} className="text-xl">
            {m.isMember ? <Link href={`/members/${m.slug}`}>{m.name}</Link> : m.name}, {m.state}
          </h2>
          <label htmlFor={`select-${pledge.id}`} className="text-muted">
            Select the pledge of {m.name} for approval
          </label>
        </div>
      </div>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <Flags pledge={pledge} />
      <form action={approvePledgeAction} className="mt-4">
        <input type="hidden" name="pledgeId" value={pledge.id} />
        {campaign && <input type="hidden" name="campaign" value={campaign} />}
        <button
          type="submit"
          className="rounded bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Approve
          <span className="sr-only">
            {' '}
            the pledge of {m.name}, {m.state}
          </span>
        </button>
      </form>
      <RejectForm
        pledgeId={pledge.id}
        municipalityName={`${m.name}, ${m.state}`}
        campaign={campaign}
        reasons={reasons}
      />
    </section>
  )
}
