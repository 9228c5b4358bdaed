'use client'

import { Field, SelectField, TextAreaField } from '@/components/forms/field'
import { Checkboxes, Radios } from '@/components/forms/choices'
import { fieldId } from '@/components/forms/error-summary'
import { IntentButton } from '@/components/content/buttons'
import { EditorForm, useEditorForm } from '@/components/content/editor-form'
import { HAZARD_CODES, SOLUTION_SECTOR_CODES, hazardLabel, sectorLabel } from '@/lib/domain/hazards'
import { RESOURCE_AUDIENCES, RESOURCE_STAGES, type ResourceKindCode } from '@/lib/domain/resources'
import type { ResourceValues } from '@/schemas/resources'
import { saveResourceAction } from './actions'

const ORDER = [
  'form',
  'kind',
  'title',
  'slug',
  'summary',
  'file',
  'url',
  'body',
  'topics',
  'audience',
  'membersOnly',
  'stages',
  'reviewedOn',
  'ownerId',
  'note',
]

const TOPIC_OPTIONS = [
  ...HAZARD_CODES.map((code) => ({ value: code, label: `${hazardLabel(code)} (hazard)` })),
  ...SOLUTION_SECTOR_CODES.map((code) => ({ value: code, label: `${sectorLabel(code)} (sector)` })),
]
const AUDIENCE_OPTIONS = Object.entries(RESOURCE_AUDIENCES).map(([value, label]) => ({ value, label }))
const STAGE_OPTIONS = Object.entries(RESOURCE_STAGES).map(([value, label]) => ({ value, label }))

type Props = {
  id?: string
  kind: ResourceKindCode
  defaults: ResourceValues
  owners: { value: string; label: string }[]
  /** A file entry's stored file, named beside the upload field. */
  currentFile?: string
}

const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : [])

/**
 * A library entry's form. A guide has Preview, Save draft and Publish (its text is kept as revisions); a
 * file and a link have Save (publishing is the button above). Works without JavaScript.
 */
export function ResourceForm({ id, kind, defaults, owners, currentFile }: Props) {
  const editor = useEditorForm<ResourceValues>(saveResourceAction, defaults)
  const { values, errors } = editor
  const guide = kind === 'GUIDE'
  return (
    <EditorForm
      editor={editor}
      order={ORDER}
      hidden={
        <>
          {id && <input type="hidden" name="id" value={id} />}
          <input type="hidden" name="kind" value={kind} />
        </>
      }
      buttons={
        guide ? (
          <>
            <IntentButton intent="preview">Preview</IntentButton>
            <IntentButton intent="save" variant={id ? 'secondary' : 'primary'}>
              Save draft
            </IntentButton>
            {id && (
              <IntentButton intent="publish" variant="primary">
                Publish
              </IntentButton>
            )}
          </>
        ) : (
          <IntentButton intent="save" variant="primary">
            {id ? 'Save changes' : 'Save as a draft'}
          </IntentButton>
        )
      }
      footnote={
        guide && id ? (
          <p className="mt-2 text-muted">Publishing shows the guide in the library at once.</p>
        ) : undefined
      }
    >
      {/* The kind is fixed (a hidden field): only a tampered form gets this message, linked from the summary. */}
      {errors.kind && (
        <p id={fieldId('kind')} className="font-semibold text-red-700">
          {errors.kind}
        </p>
      )}
      <Field name="title" label="Title" error={errors.title} defaultValue={values.title} />
      <Field
        name="slug"
        label="Address (optional)"
        hint="The end of the entry’s address, /resources/…: lower-case letters, digits and hyphens. Leave empty to make it from the title."
        error={errors.slug}
        defaultValue={values.slug}
        width="md"
        spellCheck={false}
      />
      <TextAreaField
        name="summary"
        label="Summary"
        hint="What it is and who it helps, in one or two sentences. At most 500 characters."
        error={errors.summary}
        defaultValue={values.summary}
        rows={3}
      />
      {kind === 'FILE' && (
        <Field
          name="file"
          label={currentFile ? 'Replace the file (optional)' : 'File'}
          hint={`A PDF, an Excel workbook (.xlsx) or a CSV file, smaller than 10 MB.${currentFile ? ` Now: ${currentFile}.` : ''}`}
          error={errors.file}
          type="file"
          accept=".pdf,.xlsx,.csv,application/pdf,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
      )}
      {kind === 'LINK' && (
        <Field
          name="url"
          label="Address of the tool"
          hint="Starting with https://"
          error={errors.url}
          defaultValue={values.url}
          type="url"
          inputMode="url"
          spellCheck={false}
        />
      )}
      <TextAreaField
        name="body"
        label={guide ? 'Text of the guide (markdown)' : 'Notes (optional, markdown)'}
        hint={
          guide
            ? 'Headings start with ## (the page has its own title). Links: [words](https://…).'
            : 'How to use it, what it covers. Shown under the summary.'
        }
        error={errors.body}
        defaultValue={values.body}
        rows={guide ? 20 : 6}
        mono
        spellCheck
      />
      <Checkboxes
        name="topics"
        legend="Topics"
        hint="The hazards and sectors it covers."
        options={TOPIC_OPTIONS}
        error={errors.topics}
        defaultValues={list(values.topics)}
      />
      <Radios
        name="audience"
        legend="Written for"
        options={AUDIENCE_OPTIONS}
        error={errors.audience}
        defaultValue={values.audience}
      />
      <Checkboxes
        name="membersOnly"
        legend="Access"
        options={[
          {
            value: '1',
            label: 'Members only',
            hint: 'Signed-in officials and staff can open it; others see the title and summary.',
          },
        ]}
        error={errors.membersOnly}
        defaultValues={values.membersOnly === '1' ? ['1'] : []}
      />
      <Checkboxes
        name="stages"
        legend="Compliance stages it helps with (optional)"
        options={STAGE_OPTIONS}
        error={errors.stages}
        defaultValues={list(values.stages)}
      />
      <Field
        name="reviewedOn"
        label="Last reviewed on"
        hint="YYYY-MM-DD. A guide is due for review a year after this date."
        error={errors.reviewedOn}
        defaultValue={values.reviewedOn}
        type="date"
        width="md"
      />
      <SelectField
        name="ownerId"
        label="Owner"
        hint="The staff member who keeps it current."
        error={errors.ownerId}
        defaultValue={values.ownerId}
        options={owners}
        blank="Choose a staff member"
      />
      {guide && (
        <Field
          name="note"
          label="What changed (optional)"
          hint="A short note for the revision history."
          error={errors.note}
          defaultValue={values.note}
        />
      )}
    </EditorForm>
  )
}
