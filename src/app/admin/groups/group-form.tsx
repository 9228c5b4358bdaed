'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field, SelectField, TextAreaField } from '@/components/forms/field'
import { Radios } from '@/components/forms/choices'
import { SubmitButton } from '@/components/forms/submit-button'
import { GROUP_KINDS, GROUP_TOPICS, type GroupFormState, type GroupValues } from '@/schemas/groups'
import { saveGroupAction } from './actions'

const ORDER = [
  'form',
  'kind',
  'name',
  'slug',
  'summary',
  'description',
  'topic',
  'states',
  'facilitatorId',
  'startsOn',
  'endsOn',
  'members',
]
const options = (o: Record<string, string>) => Object.entries(o).map(([value, label]) => ({ value, label }))

/** Creates or edits a peer group or topic cohort. Works without JavaScript. */
export function GroupForm({
  id,
  defaults,
  facilitators,
}: {
  id?: string
  defaults: GroupValues
  facilitators: { value: string; label: string }[]
}) {
  const [state, action] = useActionState<GroupFormState, FormData>(saveGroupAction, null)
  const values = state?.values ?? defaults
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-6 max-w-4xl">
      <ErrorSummary errors={errors} formError={state?.formError} order={ORDER} />
      {id && <input type="hidden" name="id" value={id} />}
      <div key={JSON.stringify(values)} className="space-y-6">
        <Radios
          name="kind"
          legend="Kind of group"
          options={options(GROUP_KINDS)}
          error={errors.kind}
          defaultValue={values.kind}
        />
        <Field name="name" label="Name" error={errors.name} defaultValue={values.name} />
        <Field
          name="slug"
          label="Address"
          hint="The end of the group’s page address: lower-case letters, digits and hyphens, like great-lakes-peer-group"
          error={errors.slug}
          defaultValue={values.slug}
          spellCheck={false}
          width="md"
        />
        <Field
          name="summary"
          label="Summary"
          hint="One sentence for the list of groups. At most 300 characters."
          error={errors.summary}
          defaultValue={values.summary}
        />
        <TextAreaField
          name="description"
          label="Description"
          hint="What the group works on and how. Shown to everyone. Plain text; leave a blank line between paragraphs."
          error={errors.description}
          defaultValue={values.description}
          rows={6}
        />
        <SelectField
          name="topic"
          label="Topic (for a topic cohort)"
          options={GROUP_TOPICS}
          blank="No topic (a regional peer group)"
          error={errors.topic}
          defaultValue={values.topic}
        />
        <Field
          name="states"
          label="States"
          hint="Two-letter codes separated by commas, like MI, OH, WI. Required for a regional group; leave empty for a cohort open to every state."
          error={errors.states}
          defaultValue={values.states}
          spellCheck={false}
          width="md"
        />
        <SelectField
          name="facilitatorId"
          label="Facilitator"
          hint="A member of staff who runs the group. Their name is shown on the group’s page."
          options={facilitators}
          blank="Choose the facilitator"
          error={errors.facilitatorId}
          defaultValue={values.facilitatorId}
        />
        <Field
          name="startsOn"
          label="Starts on"
          type="date"
          hint="Like 2027-01-15"
          error={errors.startsOn}
          defaultValue={values.startsOn}
          width="md"
        />
        <Field
          name="endsOn"
          label="Ends on"
          type="date"
          hint="Officials can ask to join until this day."
          error={errors.endsOn}
          defaultValue={values.endsOn}
          width="md"
        />
        <TextAreaField
          name="members"
          label="Member municipalities"
          hint="Their profile addresses, one a line, like duluth-mn (the end of /members/duluth-mn). Requests to join that you approve are added here."
          error={errors.members}
          defaultValue={values.members}
          rows={6}
          spellCheck={false}
        />
      </div>
      <div className="mt-8">
        <SubmitButton>{id ? 'Save changes' : 'Create the group'}</SubmitButton>
      </div>
    </form>
  )
}
