'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { TextAreaField } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { AttachmentField } from '@/components/assistance/attachment-field'
import type { MemberReplyState } from '@/schemas/assistance'
import { replyAsMemberAction } from '../actions'

/** The official's reply on the thread; works without JavaScript, errors by the field. */
export function ReplyForm({ slug, requestId }: { slug: string; requestId: string }) {
  const [state, action] = useActionState<MemberReplyState, FormData>(replyAsMemberAction, {
    values: { body: '' },
    fieldErrors: {},
  })
  const errors = state.fieldErrors
  return (
    <form action={action} noValidate className="mt-4 max-w-2xl space-y-6">
      <ErrorSummary errors={errors} formError={state.formError} order={['form', 'body', 'attachment']} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextAreaField
        key={state.values.body}
        name="body"
        label="Your reply"
        rows={5}
        defaultValue={state.values.body}
        error={errors.body}
      />
      <AttachmentField error={errors.attachment} />
      <SubmitButton>Send reply</SubmitButton>
    </form>
  )
}
