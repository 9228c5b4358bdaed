'use client'

import { Field, TextAreaField } from '@/components/forms/field'
import { Checkboxes, Radios } from '@/components/forms/choices'
import { IntentButton } from '@/components/content/buttons'
import { EditorForm, useEditorForm } from '@/components/content/editor-form'
import { HAZARDS, SOLUTION_SECTORS } from '@/lib/domain/hazards'
import { COST_BANDS } from '@/schemas/solutions'
import { saveSolutionAction } from './actions'

export type SolutionValues = {
  title: string
  summary: string
  body: string
  costBand: string
  coBenefits: string
  hazards: string[]
  sectors: string[]
}

const ORDER = ['form', 'title', 'summary', 'body', 'costBand', 'coBenefits', 'hazards', 'sectors']
const options = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }))

/** Creates or edits a Solutions Gateway entry. Works without JavaScript. */
export function SolutionForm({ id, defaults }: { id?: string; defaults: SolutionValues }) {
  const editor = useEditorForm<SolutionValues>(saveSolutionAction, defaults)
  const { values, errors } = editor
  const list = (v: unknown) => (Array.isArray(v) ? v : [])
  return (
    <EditorForm
      editor={editor}
      order={ORDER}
      hidden={id && <input type="hidden" name="id" value={id} />}
      buttons={
        <>
          <IntentButton intent="preview">Preview the description</IntentButton>
          <IntentButton intent="save" variant="primary">
            {id ? 'Save changes' : 'Save as a draft'}
          </IntentButton>
        </>
      }
    >
      <Field name="title" label="Title" error={errors.title} defaultValue={values.title} />
      <TextAreaField
        name="summary"
        label="Summary"
        hint="One or two sentences shown in the list of solutions. At most 500 characters."
        error={errors.summary}
        defaultValue={values.summary}
        rows={3}
      />
      <TextAreaField
        name="body"
        label="Description (markdown)"
        hint="Sections start with ## headings, for example: What it is, How to get started, Costs and funding."
        error={errors.body}
        defaultValue={values.body}
        rows={16}
        mono
      />
      <Radios
        name="costBand"
        legend="Cost"
        options={options(COST_BANDS)}
        error={errors.costBand}
        defaultValue={values.costBand}
      />
      <TextAreaField
        name="coBenefits"
        label="Co-benefits"
        hint="What else the community gains."
        error={errors.coBenefits}
        defaultValue={values.coBenefits}
        rows={3}
      />
      <Checkboxes
        name="hazards"
        legend="Hazards addressed"
        options={options(HAZARDS)}
        error={errors.hazards}
        defaultValues={list(values.hazards)}
      />
      <Checkboxes
        name="sectors"
        legend="Sectors"
        options={options(SOLUTION_SECTORS)}
        error={errors.sectors}
        defaultValues={list(values.sectors)}
      />
    </EditorForm>
  )
}
