'use client'

import { Field, TextAreaField } from '@/components/forms/field'
import { IntentButton } from '@/components/content/buttons'
import { EditorForm, useEditorForm } from '@/components/content/editor-form'
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
  const editor = useEditorForm<Record<string, string | undefined>>(saveContentAction, defaults)
  const { values, errors } = editor
  return (
    <EditorForm
      editor={editor}
      order={ORDER}
      hidden={<input type="hidden" name="pageId" value={pageId} />}
      buttons={
        <>
          <IntentButton intent="preview">Preview</IntentButton>
          <IntentButton intent="save">Save draft</IntentButton>
          <IntentButton intent="publish" variant="primary">
            Publish
          </IntentButton>
        </>
      }
      footnote={<p className="mt-2 text-muted">Publishing shows the text on the public page at once.</p>}
    >
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
    </EditorForm>
  )
}
