'use client'

import { Field, TextAreaField } from '@/components/forms/field'
import { Radios } from '@/components/forms/choices'
import { IntentButton } from '@/components/content/buttons'
import { EditorForm, useEditorForm } from '@/components/content/editor-form'
import { PARTNER_KINDS, type PartnerValues } from '@/schemas/partners'
import { savePartnerAction } from './actions'

const ORDER = ['form', 'name', 'kind', 'summary', 'helpsWith', 'statesServed', 'website']
const KIND_OPTIONS = Object.entries(PARTNER_KINDS).map(([value, label]) => ({ value, label }))

/** Creates or edits an entry of the experts and partners directory. Works without JavaScript. */
export function PartnerForm({ id, defaults }: { id?: string; defaults: PartnerValues }) {
  const editor = useEditorForm<PartnerValues>(savePartnerAction, defaults)
  const { values, errors } = editor
  return (
    <EditorForm
      editor={editor}
      order={ORDER}
      hidden={id && <input type="hidden" name="id" value={id} />}
      buttons={
        <IntentButton intent="save" variant="primary">
          {id ? 'Save changes' : 'Save as a draft'}
        </IntentButton>
      }
    >
      <Field name="name" label="Name" error={errors.name} defaultValue={values.name} />
      <Radios
        name="kind"
        legend="Kind"
        options={KIND_OPTIONS}
        error={errors.kind}
        defaultValue={values.kind}
      />
      <TextAreaField
        name="summary"
        label="Summary"
        hint="Who they are, in one or two sentences. At most 500 characters."
        error={errors.summary}
        defaultValue={values.summary}
        rows={3}
      />
      <TextAreaField
        name="helpsWith"
        label="What they help members with"
        hint="One item per line, at most 12, for example: First greenhouse gas inventory for a small city."
        error={errors.helpsWith}
        defaultValue={values.helpsWith}
        rows={6}
      />
      <Field
        name="statesServed"
        label="States served (optional)"
        hint="Two-letter codes separated by commas, like MN, WI. Leave empty for nationwide."
        error={errors.statesServed}
        defaultValue={values.statesServed}
        width="md"
      />
      <Field
        name="website"
        label="Website (optional)"
        hint="Starting with https://"
        error={errors.website}
        defaultValue={values.website}
        type="url"
        inputMode="url"
      />
    </EditorForm>
  )
}
