'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import type { GroupDocumentState } from '@/schemas/groups'
import { addDocumentAction } from './actions'

/** Shares a document with the group's members. Works without JavaScript. */
export function DocumentForm({ groupId }: { groupId: string }) {
  const [state, action] = useActionState<GroupDocumentState, FormData>(addDocumentAction, null)
  const values = state?.values ?? { title: '' }
  const errors = state?.fieldErrors ?? {}
  return (
    <form action={action} noValidate className="mt-4 max-w-4xl">
      <ErrorSummary errors={errors} formError={state?.formError} order={['form', 'title', 'file']} />
      <input type="hidden" name="groupId" value={groupId} />
      <div key={JSON.stringify(values)} className="space-y-6">
        <Field name="title" label="Title" error={errors.title} defaultValue={values.title} />
        <Field
          name="file"
          label="File"
          hint="A PDF, an Excel workbook (.xlsx) or a CSV file, smaller than 10 MB."
          error={errors.file}
          type="file"
          accept=".pdf,.xlsx,.csv,application/pdf,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        />
      </div>
      <div className="mt-8">
        <SubmitButton>Share the document</SubmitButton>
      </div>
    </form>
  )
}
