import { ResendForm } from '@/components/pledge/resend-form'
import { StepHeader } from '@/components/pledge/step-header'
import { readPledgeFlash } from '@/server/pledges/pledge-flash'
import { resendAction } from '../actions'

export const metadata = { title: 'Get a new confirmation link' }

export default async function Page() {
  const flash = await readPledgeFlash('resend')
  return (
    <div className="max-w-3xl">
      <StepHeader title="Get a new confirmation link" />
      <p className="mb-6 max-w-prose">
        Confirmation links work for 48 hours and only once. Enter your email address to get a new one.
      </p>
      <ResendForm action={resendAction} initialState={flash?.state} />
    </div>
  )
}
