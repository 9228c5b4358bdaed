'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { Field } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { ListTable } from '@/components/ui/column-heads'
import { StatusNote } from '@/components/ui/status-note'
import type { ImportState } from '@/schemas/admin-municipality'
import { importAction } from '../actions'

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/** The upload, and after it either what was applied or every problem found, row by row. */
export function ImportForm() {
  const [state, action] = useActionState<ImportState, FormData>(importAction, null)
  const problems = state?.problems ?? []
  const errors: Record<string, string> = { ...state?.fieldErrors }
  const filename = state?.values.filename || 'The file'
  if (problems.length > 0)
    errors.file = `${filename} has ${plural(problems.length, 'problem', 'problems')}. Nothing was imported. Correct them and upload the file again.`
  return (
    <>
      <form action={action} noValidate className="mt-6 space-y-6">
        <ErrorSummary errors={errors} formError={state?.formError} />
        {state?.applied && (
          <StatusNote>{`${filename} was imported: ${plural(state.applied.created, 'municipality', 'municipalities')} created, ${plural(state.applied.updated, 'updated', 'updated')}, ${plural(state.applied.unchanged, 'unchanged', 'unchanged')}.`}</StatusNote>
        )}
        <Field
          name="file"
          label="CSV file"
          hint="UTF-8, at most 5 MB, with a header row."
          error={errors.file}
          type="file"
          accept=".csv,text/csv"
        />
        <SubmitButton>Check and import</SubmitButton>
      </form>
      {problems.length > 0 && (
        <ListTable
          className="mt-8"
          testId="import-problems"
          caption="Problems found"
          captionClassName="text-left text-xl font-bold"
          headers={['Row', 'Column', 'Problem']}
        >
          {problems.map((p, i) => (
            <tr key={i} className="border-b border-gray-300">
              <td className="py-2 pr-4">{p.row}</td>
              <td className="py-2 pr-4">{p.column || '—'}</td>
              <td className="py-2">{p.message}</td>
            </tr>
          ))}
        </ListTable>
      )}
    </>
  )
}
