'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import type { EditorState } from '@/schemas/content'
import { Preview } from './preview'

type EditorAction = (state: EditorState, form: FormData) => Promise<EditorState>

/** An editor's state: the values to show (as typed when the action came back, else the defaults) and errors. */
export function useEditorForm<Values>(action: EditorAction, defaults: Values) {
  const [state, formAction] = useActionState<EditorState, FormData>(action, null)
  return {
    formAction,
    values: (state?.values ?? defaults) as Values,
    errors: state?.fieldErrors ?? {},
    previewHtml: state?.previewHtml,
  }
}

/**
 * A staff editor's form. Works without JavaScript: Preview posts the form and the page comes back with the
 * sanitised preview and the text as typed. The fields are mounted afresh whenever the values change.
 */
export function EditorForm({
  editor: { formAction, values, errors, previewHtml },
  order,
  hidden,
  buttons,
  footnote,
  children,
}: {
  editor: ReturnType<typeof useEditorForm<unknown>>
  /** The fields in page order, for the error summary. */
  order: string[]
  hidden?: React.ReactNode
  buttons: React.ReactNode
  /** A line under the buttons. */
  footnote?: React.ReactNode
  children: React.ReactNode
}) {
  return (
    <form action={formAction} noValidate className="mt-6 max-w-4xl">
      <ErrorSummary errors={errors} order={order} />
      {hidden}
      <div key={JSON.stringify(values)} className="space-y-6">
        {children}
      </div>
      <div className="mt-8 flex flex-wrap gap-4">{buttons}</div>
      {footnote}
      {previewHtml !== undefined && <Preview html={previewHtml} />}
    </form>
  )
}
