'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { IntentButton } from '@/components/content/buttons'
import { Preview } from '@/components/content/preview'
import { TextAreaField } from '@/components/forms/field'
import type { EditorState } from '@/schemas/content'
import { savePledgeTextAction } from '../actions'

type Props = { campaign: string; defaults: { title: string; preamble: string; commitments: string } }

/** The new-version form of a pledge text. Works without JavaScript. */
export function PledgeTextForm({ campaign, defaults }: Props) {
  const [state, formAction] = useActionState<EditorState, FormData>(savePledgeTextAction, null)
  const values = (state?.values ?? defaults) as Record<string, string | undefined>
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={formAction} noValidate className="mt-6 max-w-4xl">
      <ErrorSummary errors={errors} order={['form', 'title', 'preamble', 'commitments']} />
      <input type="hidden" name="campaign" value={campaign} />
      <div key={JSON.stringify(values)} className="space-y-6">
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
      </div>
      <div className="mt-8 flex flex-wrap gap-4">
        <IntentButton intent="preview">Preview the preamble</IntentButton>
        <IntentButton intent="save">Save draft version</IntentButton>
        <IntentButton intent="publish" variant="primary">
          Publish this version
        </IntentButton>
      </div>
      {state?.previewHtml !== undefined && <Preview html={state.previewHtml} />}
    </form>
  )
}
