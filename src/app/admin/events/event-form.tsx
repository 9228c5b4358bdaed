'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field, SelectField, TextAreaField } from '@/components/forms/field'
import { Checkboxes, Radios } from '@/components/forms/choices'
import { SubmitButton } from '@/components/forms/submit-button'
import { EVENT_TIME_ZONES } from '@/lib/domain/zoned-time'
import { EVENT_AUDIENCES, EVENT_TYPES, type EventFormState, type EventValues } from '@/schemas/events'
import { saveEventAction } from './actions'

const ORDER = [
  'form',
  'title',
  'summary',
  'description',
  'type',
  'timeZone',
  'startsAt',
  'endsAt',
  'registrationDeadline',
  'online',
  'place',
  'joinUrl',
  'capacity',
  'audience',
]
const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }))

/** Creates or edits a network event. Works without JavaScript. */
export function EventForm({ id, defaults }: { id?: string; defaults: EventValues }) {
  const [state, action] = useActionState<EventFormState, FormData>(saveEventAction, null)
  const values = state?.values ?? defaults
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-6 max-w-4xl">
      <ErrorSummary errors={errors} formError={state?.formError} order={ORDER} />
      {id && <input type="hidden" name="id" value={id} />}
      <div key={JSON.stringify(values)} className="space-y-6">
        <Field name="title" label="Title" error={errors.title} defaultValue={values.title} />
        <Field
          name="summary"
          label="Summary"
          hint="One sentence for the list of events. At most 300 characters."
          error={errors.summary}
          defaultValue={values.summary}
        />
        <TextAreaField
          name="description"
          label="Description"
          hint="What it is about, who it is for, the programme. Plain text; leave a blank line between paragraphs."
          error={errors.description}
          defaultValue={values.description}
          rows={8}
        />
        <Radios
          name="type"
          legend="Kind of event"
          options={options(EVENT_TYPES)}
          error={errors.type}
          defaultValue={values.type}
        />
        <SelectField
          name="timeZone"
          label="Time zone"
          hint="Where the event takes place (for an online event, the organisers’). The times below are in this zone."
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
        <Field
          name="registrationDeadline"
          label="Registration deadline"
          type="datetime-local"
          hint="No later than the start."
          error={errors.registrationDeadline}
          defaultValue={values.registrationDeadline}
          width="md"
        />
        <Checkboxes
          name="online"
          legend="Online"
          options={[{ value: 'yes', label: 'People can take part online (we email the joining link)' }]}
          error={errors.online}
          defaultValues={values.online === 'yes' ? ['yes'] : []}
        />
        <Field
          name="place"
          label="Place (optional for an online event)"
          hint="The venue and its address, like City Hall, 411 W 1st St, Duluth, MN"
          error={errors.place}
          defaultValue={values.place}
        />
        <Field
          name="joinUrl"
          label="Joining link (optional, online events)"
          hint="The video call’s address. Never shown on the site: emailed only to people with a place, when they register and the day before. You can add it later; the reminder carries it."
          error={errors.joinUrl}
          defaultValue={values.joinUrl}
          inputMode="url"
          spellCheck={false}
        />
        <Field
          name="capacity"
          label="Places"
          hint="How many people can register. Once they are taken, others join a waiting list."
          inputMode="numeric"
          error={errors.capacity}
          defaultValue={values.capacity}
          width="sm"
        />
        <Radios
          name="audience"
          legend="Who can register"
          options={options(EVENT_AUDIENCES)}
          error={errors.audience}
          defaultValue={values.audience}
        />
      </div>
      <div className="mt-8">
        <SubmitButton>{id ? 'Save changes' : 'Save as a draft'}</SubmitButton>
      </div>
    </form>
  )
}
