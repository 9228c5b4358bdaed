import { ResendForm } from '@/components/pledge/resend-form'
import { StepHeader } from '@/components/pledge/step-header'
import { resendAction } from '../actions'

export const metadata = { title: 'Get a new confirmation link' }

export default function Page() {
  return (
    <div className="max-w-3xl">
      <StepHeader title="Get a new confirmation link" />
      <p className="mb-6 max-w-prose">
        Confirmation links work for 48 hours and only once. Enter your email address to get a new one.
      </p>
      <ResendForm action={resendAction} />
    </div>
  )
}
