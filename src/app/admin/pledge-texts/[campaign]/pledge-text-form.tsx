'use client'

import { Field, TextAreaField } from '@/components/forms/field'
import { IntentButton } from '@/components/content/buttons'
import { EditorForm, useEditorForm } from '@/components/content/editor-form'
import { savePledgeTextAction } from '../actions'

type Props = { campaign: string; defaults: { title: string; preamble: string; commitments: string } }

/** The new-version form of a pledge text. Works without JavaScript. */
export function PledgeTextForm({ campaign, defaults }: Props) {
  const editor = useEditorForm<Record<string, string | undefined>>(savePledgeTextAction, defaults)
  const { values, errors } = editor
  return (
    <EditorForm
      editor={editor}
      order={['form', 'title', 'preamble', 'commitments']}
      hidden={<input type="hidden" name="campaign" value={campaign} />}
      buttons={
        <>
          <IntentButton intent="preview">Preview the preamble</IntentButton>
          <IntentButton intent="save">Save draft version</IntentButton>
          <IntentButton intent="publish" variant="primary">
            Publish this version
          </IntentButton>
        </>
      }
    >
      <Field name="title" label="Title" error={errors.title} defaultValue={values.title} />
      <TextAreaField
        name="preamble"
        label="Preamble (markdown)"
        hint="The paragraph the signatory reads before the commitments."
        error={errors.preamble}
        defaultValue={values.preamble}
        rows={6}
      />
      <TextAreaField
        name="commitments"
        label="Commitments, one per line"
        hint="Each line is one commitment the signatory ticks. At most 20."
        error={errors.commitments}
        defaultValue={values.commitments}
        rows={10}
      />
    </EditorForm>
  )
}
