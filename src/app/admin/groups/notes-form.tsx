'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { TextAreaField } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { MeetingNotesState } from '@/schemas/groups'
import { publishNotesAction } from './actions'

/** Publishes (or corrects) a meeting's notes for the group's members. Works without JavaScript. */
export function NotesForm({ meetingId, notes }: { meetingId: string; notes: string }) {
  const [state, action] = useActionState<MeetingNotesState, FormData>(publishNotesAction, null)
  const values = state?.values ?? { notes }
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-6 max-w-4xl">
      <ErrorSummary errors={errors} formError={state?.formError} order={['form', 'notes']} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextAreaField
        key={values.notes}
        name="notes"
        label="Notes of the meeting"
        hint="What was discussed and agreed, for the group’s members only. Plain text; leave a blank line between paragraphs."
        error={errors.notes}
        defaultValue={values.notes}
        rows={12}
      />
      <div className="mt-8">
        <SubmitButton>Publish the notes</SubmitButton>
      </div>
    </form>
  )
}
