import { StepForm } from '@/components/pledge/step-form'
import { StepHeader } from '@/components/pledge/step-header'
import { listPledgeCampaigns } from '@/server/pledges/list-pledge-campaigns'
import { readPledgeDraft } from '@/server/pledges/pledge-draft'
import { readPledgeFlash } from '@/server/pledges/pledge-flash'
import { saveCampaign } from './actions'

export const metadata = { title: 'Sign a pledge: campaign' }

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>
}) {
  const [campaigns, draft, params, flash] = await Promise.all([
    listPledgeCampaigns(),
    readPledgeDraft(),
    searchParams,
    readPledgeFlash('campaign'),
  ])
  const chosen = typeof params.campaign === 'string' ? params.campaign : draft.campaign
  return (
    <div className="max-w-3xl">
      <StepHeader step={1} title="Sign a pledge for your municipality" />
      <p className="mb-8 max-w-prose">
        Elected officials and senior staff can commit their municipality to a campaign. It takes about five
        minutes. You will need your official email address; you can add a PDF of the letter, resolution or
        executive order.
      </p>
      {campaigns.length === 0 ? (
        <p>No campaign is open for signing at the moment.</p>
      ) : (
        <StepForm
          action={saveCampaign}
          postTo="/pledge/submit/campaign"
          initialState={flash?.state}
          submitLabel="Continue"
          defaults={{ campaign: chosen }}
          fields={[
            {
              kind: 'radios',
              name: 'campaign',
              legend: 'Which campaign is your municipality joining?',
              options: campaigns.map((c) => ({ value: c.slug, label: c.name, hint: c.tagline })),
            },
          ]}
        />
      )}
    </div>
  )
}
