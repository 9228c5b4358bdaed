'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field, SelectField } from '@/components/forms/field'
import { Checkboxes } from '@/components/forms/choices'
import { SubmitButton } from '@/components/forms/submit-button'
import { EVENT_TIME_ZONES } from '@/lib/domain/zoned-time'
import type { MeetingFormState, MeetingValues } from '@/schemas/groups'
import { saveMeetingAction } from './actions'

const ORDER = ['form', 'title', 'timeZone', 'startsAt', 'endsAt', 'online', 'place']
const EMPTY: MeetingValues = { title: '', timeZone: '', startsAt: '', endsAt: '', online: '', place: '' }

/** Adds a meeting to a group, or changes one (`meeting`). Works without JavaScript. */
export function MeetingForm({
  groupId,
  meeting,
}: {
  groupId: string
  meeting?: { id: string; values: MeetingValues }
}) {
  const [state, action] = useActionState<MeetingFormState, FormData>(saveMeetingAction, null)
  const values = state?.values ?? meeting?.values ?? EMPTY
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-4 max-w-4xl">
      <ErrorSummary errors={errors} formError={state?.formError} order={ORDER} />
      <input type="hidden" name="groupId" value={groupId} />
      {meeting && <input type="hidden" name="meetingId" value={meeting.id} />}
      <div key={JSON.stringify(values)} className="space-y-6">
        <Field name="title" label="Title" error={errors.title} defaultValue={values.title} />
        <SelectField
          name="timeZone"
          label="Time zone"
          hint="The times below are in this zone."
          options={EVENT_TIME_ZONES}
          blank="Choose a time zone"
          error={errors.timeZone}
          defaultValue={values.timeZone}
        />
        <Field
          name="startsAt"
          label="Starts"
          type="datetime-local"
          hint="Date and time, like 2027-03-16 14:00"
          error={errors.startsAt}
          defaultValue={values.startsAt}
          width="md"
        />
        <Field
          name="endsAt"
          label="Ends"
          type="datetime-local"
          error={errors.endsAt}
          defaultValue={values.endsAt}
          width="md"
        />
        <Checkboxes
          name="online"
          legend="Online"
          options={[{ value: 'yes', label: 'Members take part online' }]}
          error={errors.online}
          defaultValues={values.online === 'yes' ? ['yes'] : []}
        />
        <Field
          name="place"
          label="Place (optional for an online meeting)"
          error={errors.place}
          defaultValue={values.place}
        />
      </div>
      <div className="mt-8">
        <SubmitButton>{meeting ? 'Save the meeting' : 'Add the meeting'}</SubmitButton>
      </div>
    </form>
  )
}
