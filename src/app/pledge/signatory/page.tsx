import { redirect } from 'next/navigation'
import { StepForm, type FieldSpec } from '@/components/pledge/step-form'
import { StepHeader } from '@/components/pledge/step-header'
import { readPledgeDraft } from '@/server/pledges/pledge-draft'
import { readPledgeFlash } from '@/server/pledges/pledge-flash'
import { MANDATE_TYPES } from '@/schemas/pledge'
import { formatNumber } from '@/lib/format'
import { saveSignatory } from '../actions'

export const metadata = { title: 'Sign a pledge: your details' }

export default async function Page() {
  const [draft, flash] = await Promise.all([readPledgeDraft(), readPledgeFlash('signatory')])
  if (!draft.campaign) redirect('/pledge')
  if (!draft.municipality) redirect('/pledge/municipality')
  const s = draft.signatory
  const fields: FieldSpec[] = [
    {
      kind: 'text',
      name: 'signatoryName',
      label: 'Full name',
      autoComplete: 'name',
      width: 'md',
      spellCheck: false,
    },
    {
      kind: 'text',
      name: 'signatoryTitle',
      label: 'Title',
      hint: 'For example Mayor, Council Member, City Manager',
      autoComplete: 'organization-title',
      width: 'md',
    },
    {
      kind: 'text',
      name: 'email',
      label: 'Official email address',
      hint: 'Your address at the municipality. We send a link to confirm it.',
      type: 'email',
      autoComplete: 'email',
      spellCheck: false,
    },
    {
      kind: 'text',
      name: 'phone',
      label: 'Phone number (optional)',
      type: 'tel',
      autoComplete: 'tel',
      width: 'md',
    },
    {
      kind: 'radios',
      name: 'mandateType',
      legend: 'How was the commitment made?',
      options: Object.entries(MANDATE_TYPES).map(([value, label]) => ({ value, label })),
    },
    {
      kind: 'file',
      name: 'mandate',
      label: 'The letter, resolution or executive order (optional)',
      hint: draft.mandate
        ? `You uploaded ${draft.mandate.filename} (${formatNumber(Math.ceil(draft.mandate.size / 1024))} KB). Choose another file to replace it.`
        : 'A PDF of at most 5 MB.',
      accept: 'application/pdf,.pdf',
    },
    ...(draft.mandate
      ? [
          {
            kind: 'checkboxes' as const,
            name: 'removeMandate',
            legend: 'Uploaded document',
            options: [{ value: 'yes', label: 'Remove the uploaded document' }],
          },
        ]
      : []),
  ]
  return (
    <div className="max-w-3xl">
      <StepHeader back="/pledge/municipality" step={3} title="Your details" />
      <StepForm
        action={saveSignatory}
        postTo="/pledge/submit/signatory"
        initialState={flash?.state}
        submitLabel="Continue"
        defaults={{
          signatoryName: s?.signatoryName,
          signatoryTitle: s?.signatoryTitle,
          email: s?.email,
          phone: s?.phone,
          mandateType: s?.mandateType,
        }}
        fields={fields}
      />
    </div>
  )
}
