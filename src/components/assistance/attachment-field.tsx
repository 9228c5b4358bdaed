import { Field } from '@/components/forms/field'

const ACCEPT = [
  '.pdf',
  '.xlsx',
  '.csv',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'text/csv',
].join(',')

/** The optional file on an assistance message: a PDF, an Excel workbook or a CSV file, checked by its bytes. */
export function AttachmentField({ error }: { error?: string }) {
  return (
    <Field
      name="attachment"
      label="Attach a file (optional)"
      hint="A PDF (at most 5 MB), an Excel workbook (.xlsx) or a CSV file (at most 10 MB). Workbooks with macros are not accepted. If something needs correcting, choose the file again."
      type="file"
      accept={ACCEPT}
      error={error}
      className="border-0 px-0"
    />
  )
}
