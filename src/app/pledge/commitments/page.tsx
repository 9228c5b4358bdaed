import { redirect } from 'next/navigation'
import { StepForm } from '@/components/pledge/step-form'
import { StepHeader } from '@/components/pledge/step-header'
import { Markdown } from '@/components/ui/markdown'
import { readPledgeDraft } from '@/server/pledges/pledge-draft'
import { readPledgeFlash } from '@/server/pledges/pledge-flash'
import { getCurrentPledgeText } from '@/server/pledges/get-current-pledge-text'
import { saveCommitments } from '../actions'

export const metadata = { title: 'Sign a pledge: commitments' }

export default async function Page() {
  const [draft, flash] = await Promise.all([readPledgeDraft(), readPledgeFlash('commitments')])
  if (!draft.signatory) redirect('/pledge/signatory')
  const current = draft.campaign ? await getCurrentPledgeText({ campaignSlug: draft.campaign }) : null
  if (!current) redirect('/pledge')
  const agreed = draft.pledgeTextId === current.text.id ? draft.agreed : undefined
  return (
    <div className="max-w-3xl">
      <StepHeader back="/pledge/signatory" step={4} title={current.text.title} />
      <p className="mb-4 text-muted">
        {current.campaign.name}, pledge text version {current.text.version}
      </p>
      <Markdown source={current.text.preamble} className="mb-8" />
      <StepForm
        action={saveCommitments}
        postTo="/pledge/submit/commitments"
        initialState={flash?.state}
        submitLabel="Continue"
        defaults={{ agreed }}
        fields={[
          {
            kind: 'checkboxes',
            name: 'agreed',
            legend: 'On behalf of my municipality, I commit to:',
            hint: 'Agree to each commitment.',
            options: current.commitments.map((c) => ({ value: c.id, label: c.text })),
          },
        ]}
      />
    </div>
  )
}
