'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { IntentButton } from '@/components/content/buttons'
import { Preview } from '@/components/content/preview'
import { TextAreaField } from '@/components/forms/field'
import type { EditorState } from '@/schemas/content'
import { saveContentAction } from '../actions'

type Props = {
  pageId: string
  defaults: { title: string; description: string; body: string }
}

const ORDER = ['form', 'title', 'description', 'body', 'note']

/**
 * The content page editor. Works without JavaScript: Preview posts the form and the page comes back with
 * the sanitised preview and the text as typed; Save draft and Publish save a new revision.
 */
export function ContentEditor({ pageId, defaults }: Props) {
  const [state, formAction] = useActionState<EditorState, FormData>(saveContentAction, null)
  const values = (state?.values ?? defaults) as Record<string, string | undefined>
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={formAction} noValidate className="mt-6 max-w-4xl">
      <ErrorSummary errors={errors} order={ORDER} />
      <input type="hidden" name="pageId" value={pageId} />
      <div key={JSON.stringify(values)} className="space-y-6">
        <Field name="title" label="Title" error={errors.title} defaultValue={values.title} />
        <Field
          name="description"
          label="Description (optional)"
          hint="One or two sentences for search engines and link previews. At most 300 characters."
          error={errors.description}
          defaultValue={values.description}
        />
        <TextAreaField
          name="body"
          label="Text (markdown)"
          hint="Headings start with ## (the page has its own title). Links: [words](https://…). Images: paste the markdown from the image library."
          error={errors.body}
          defaultValue={values.body}
          rows={22}
          mono
          spellCheck
        />
        <Field
          name="note"
          label="What changed (optional)"
          hint="A short note for the revision history."
          error={errors.note}
          defaultValue={values.note}
        />
      </div>
      <div className="mt-8 flex flex-wrap gap-4">
        <IntentButton intent="preview">Preview</IntentButton>
        <IntentButton intent="save">Save draft</IntentButton>
        <IntentButton intent="publish" variant="primary">
          Publish
        </IntentButton>
      </div>
      <p className="mt-2 text-muted">Publishing shows the text on the public page at once.</p>
      {state?.previewHtml !== undefined && <Preview html={state.previewHtml} />}
    </form>
  )
}
