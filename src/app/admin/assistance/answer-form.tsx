'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { TextAreaField } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { AttachmentField } from '@/components/assistance/attachment-field'
import type { StaffReplyState } from '@/schemas/assistance'
import { answerRequestAction } from './actions'

/** Staff's answer to a request: kept on the thread and emailed to the official who asked. */
export function AnswerForm({ requestId }: { requestId: string }) {
  const [state, action] = useActionState<StaffReplyState, FormData>(answerRequestAction, {
    values: { body: '' },
    fieldErrors: {},
  })
  const errors = state.fieldErrors
  return (
    <form action={action} noValidate className="mt-4 max-w-2xl space-y-6">
      <ErrorSummary errors={errors} formError={state.formError} order={['form', 'body', 'attachment']} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextAreaField
        key={state.values.body}
        name="body"
        label="Your answer"
        hint="The official gets it by email and sees it in the portal, where they can reply."
        rows={6}
        defaultValue={state.values.body}
        error={errors.body}
      />
      <AttachmentField error={errors.attachment} />
      <SubmitButton>Send the answer</SubmitButton>
    </form>
  )
}
