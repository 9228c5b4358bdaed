'use client'

import { useActionState } from 'react'
import { ErrorSummary } from '@/components/forms/error-summary'
import { FieldFrame, controlProps, inputClass } from '@/components/forms/field'
import { SubmitButton } from '@/components/forms/submit-button'
import { ColumnHeads, LIST_HEAD_ROW } from '@/components/ui/column-heads'
import type { CsvUploadState } from '@/schemas/reports'
import { uploadInventoryAction } from '../actions'

const HINT =
  'Fill in the template: a figure in emissions_tco2e or a key in notation_key on each row, not both. At most 100 KB. It replaces every inventory figure of this draft.'

/** Uploading the inventory as CSV; a refused file lists its problems by line and changes nothing. */
export function CsvUploadForm({ slug, year }: { slug: string; year: number }) {
  const [state, action] = useActionState<CsvUploadState, FormData>(uploadInventoryAction, null)
  const rowErrors = state?.rowErrors ?? []
  const fileError =
    state?.formError ??
    (rowErrors.length > 0
      ? `The file has ${rowErrors.length} problem${rowErrors.length === 1 ? '' : 's'}; nothing was changed`
      : undefined)
  return (
    <form action={action} encType="multipart/form-data" noValidate className="mt-4 max-w-2xl space-y-4">
      <ErrorSummary errors={fileError ? { inventoryFile: fileError } : {}} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="accountingYear" value={year} />
      <FieldFrame name="inventoryFile" label="Inventory CSV file" hint={HINT} error={fileError}>
        {rowErrors.length > 0 && (
          <table className="mt-2 w-full border-collapse text-left">
            <caption className="text-left font-semibold">Problems in the file</caption>
            <ColumnHeads
              rowClassName={LIST_HEAD_ROW}
              columns={[
                ['Line', 'px-2 py-1'],
                ['Problem', 'px-2 py-1'],
              ]}
            />
            <tbody>
              {rowErrors.map((e, i) => (
                <tr key={i} className="border-b border-gray-200">
                  <td className="px-2 py-1">{e.row}</td>
                  <td className="px-2 py-1">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <input
          {...controlProps('inventoryFile', { hint: HINT, error: fileError })}
          type="file"
          accept=".csv,text/csv"
          className={inputClass}
        />
      </FieldFrame>
      <SubmitButton>Upload the inventory</SubmitButton>
    </form>
  )
}
