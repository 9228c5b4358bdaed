'use client'

import Link from 'next/link'
import { useActionState, useEffect, useRef } from 'react'
import { SubmitButton } from '@/components/forms/submit-button'
import type { LinkActionState } from '@/schemas/pledge'
import { usePlainFormProps } from './plain-form-props'

const DONE = {
  confirm: {
    title: 'Thank you: your email address is confirmed',
    body: (s: LinkActionState) =>
      `The ${s?.campaignName} pledge for ${s?.municipalityName} now waits for our staff to review it. We will email you when it is published.`,
  },
  withdraw: {
    title: 'Your pledge is withdrawn',
    body: (s: LinkActionState) =>
      `The ${s?.campaignName} pledge for ${s?.municipalityName} is withdrawn and no longer listed.`,
  },
}

/** The button on a page opened from an email link: only pressing it (a POST) acts on the token. */
export function TokenActionForm({
  kind,
  token,
  label,
  action,
  initialState = null,
}: {
  kind: 'confirm' | 'withdraw'
  token: string
  label: string
  action: (state: LinkActionState, form: FormData) => Promise<LinkActionState>
  /** What a press without JavaScript came to. */
  initialState?: LinkActionState
}) {
  const [state, formAction] = useActionState(action, initialState)
  const formProps = usePlainFormProps(formAction, `/pledge/submit/${kind}`)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (state) heading.current?.focus()
  }, [state])
  if (state?.state === 'confirmed' || state?.state === 'withdrawn') {
    return (
      <div role="status" className="border-4 border-brand-700 bg-brand-50 p-6">
        <h2 ref={heading} tabIndex={-1} className="text-2xl">
          {DONE[kind].title}
        </h2>
        <p className="mt-2">{DONE[kind].body(state)}</p>
      </div>
    )
  }
  if (state) {
    return (
      <div role="alert" className="border-4 border-red-700 p-6">
        <h2 ref={heading} tabIndex={-1} className="text-2xl">
          {state.state === 'expired'
            ? 'This link has expired'
            : 'This link has already been used or is not valid'}
        </h2>
        {kind === 'confirm' && (
          <p className="mt-2">
            <Link href="/pledge/resend">Ask for a new confirmation email</Link>
          </p>
        )}
      </div>
    )
  }
  return (
    <form {...formProps}>
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  )
}
