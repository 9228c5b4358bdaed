import Link from 'next/link'
import { redirect } from 'next/navigation'
import { StepForm } from '@/components/pledge/step-form'
import { StepHeader } from '@/components/pledge/step-header'
import { readPledgeDraft } from '@/server/pledges/pledge-draft'
import { readPledgeFlash } from '@/server/pledges/pledge-flash'
import { getCurrentPledgeText } from '@/server/pledges/get-current-pledge-text'
import { MANDATE_TYPES } from '@/schemas/pledge'
import { STATES } from '@/lib/domain/states'
import { formatNumber } from '@/lib/format'
import { submitDraft } from '../actions'

export const metadata = { title: 'Sign a pledge: check your answers' }

function Row({ label, value, href }: { label: string; value: React.ReactNode; href: string }) {
  return (
    <div className="border-b border-brand-100 py-3 sm:grid sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
      <dt className="font-semibold">{label}</dt>
      <dd className="break-words">{value}</dd>
      <dd>
        <Link href={href}>
          Change<span className="sr-only"> {label.toLowerCase()}</span>
        </Link>
      </dd>
    </div>
  )
}

export default async function Page() {
  const [draft, flash] = await Promise.all([readPledgeDraft(), readPledgeFlash('submit')])
  const current = draft.campaign ? await getCurrentPledgeText({ campaignSlug: draft.campaign }) : null
  if (!current) redirect('/pledge')
  const { municipality: m, signatory: s } = draft
  if (!m) redirect('/pledge/municipality')
  if (!s) redirect('/pledge/signatory')
  if (draft.pledgeTextId !== current.text.id) redirect('/pledge/commitments')
  const place =
    m.kind === 'existing'
      ? m.label
      : `${m.name}, ${STATES[m.state as keyof typeof STATES] ?? m.state} (population ${formatNumber(m.population)}, not yet listed)`
  return (
    <div className="max-w-3xl">
      <StepHeader back="/pledge/commitments" step={5} title="Check your answers before signing" />
      <dl className="mb-8">
        <Row label="Campaign" value={current.campaign.name} href="/pledge" />
        <Row label="Municipality" value={place} href="/pledge/municipality" />
        <Row label="Full name" value={s.signatoryName} href="/pledge/signatory" />
        <Row label="Title" value={s.signatoryTitle} href="/pledge/signatory" />
        <Row label="Official email" value={s.email} href="/pledge/signatory" />
        <Row label="Phone" value={s.phone ?? 'Not given'} href="/pledge/signatory" />
        <Row label="Commitment made by" value={MANDATE_TYPES[s.mandateType]} href="/pledge/signatory" />
        <Row label="Document" value={draft.mandate?.filename ?? 'None uploaded'} href="/pledge/signatory" />
        <Row
          label="Commitments"
          value={
            <ul className="list-disc pl-5">
              {current.commitments.map((c) => (
                <li key={c.id}>{c.text}</li>
              ))}
            </ul>
          }
          href="/pledge/commitments"
        />
      </dl>
      <h2 className="mb-2 text-xl">Now sign the pledge</h2>
      <p className="mb-6 max-w-prose">
        By signing you confirm that you may commit {m.kind === 'existing' ? m.label : m.name} to this pledge.
        We will email you a link to confirm your address; our staff then review the pledge before it is
        published.
      </p>
      <StepForm
        action={submitDraft}
        postTo="/pledge/submit/submit"
        initialState={flash?.state}
        submitLabel="Sign the pledge"
        honeypot
        fields={[]}
      />
    </div>
  )
}
