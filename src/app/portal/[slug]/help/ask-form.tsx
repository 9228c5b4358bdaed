'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { SelectField, TextAreaField } from '@/components/forms/field'
import { Radios } from '@/components/forms/choices'
import { SubmitButton } from '@/components/forms/submit-button'
import { AttachmentField } from '@/components/assistance/attachment-field'
import { ASSISTANCE_TOPICS, CONTACT_PREFERENCES } from '@/lib/domain/assistance'
import type { AskForHelpState } from '@/schemas/assistance'
import { askForHelpAction } from './actions'

/** "Ask for help": topic, question and how to be contacted; works without JavaScript, errors by the field. */
export function AskForm({ slug, topic }: { slug: string; topic: string }) {
  const [state, action] = useActionState<AskForHelpState, FormData>(askForHelpAction, {
    values: { topic, question: '', contact: 'EMAIL' },
    fieldErrors: {},
  })
  const errors = state.fieldErrors
  return (
    <form action={action} noValidate className="mt-4 max-w-2xl space-y-6">
      <ErrorSummary
        errors={errors}
        formError={state.formError}
        order={['form', 'topic', 'question', 'attachment', 'contact']}
      />
      <input type="hidden" name="slug" value={slug} />
      <div key={JSON.stringify(state.values)} className="space-y-6">
        <SelectField
          name="topic"
          label="What do you need help with?"
          options={ASSISTANCE_TOPICS}
          blank="Choose a topic"
          defaultValue={state.values.topic}
          error={errors.topic}
        />
        <TextAreaField
          name="question"
          label="Your question"
          hint="What you are working on and where you are stuck. Our staff answer within 3 working days."
          rows={6}
          defaultValue={state.values.question}
          error={errors.question}
        />
        <AttachmentField error={errors.attachment} />
        <Radios
          name="contact"
          legend="How would you like us to contact you?"
          options={Object.entries(CONTACT_PREFERENCES).map(([value, label]) => ({ value, label }))}
          defaultValue={state.values.contact}
          error={errors.contact}
        />
      </div>
      <SubmitButton>Ask for help</SubmitButton>
    </form>
  )
}
