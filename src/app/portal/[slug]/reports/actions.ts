'use server'

import { redirect } from 'next/navigation'
import { isAppError, userMessage } from '@/server/errors'
import { createReport } from '@/server/reports/create-report'
import { saveReportDraft } from '@/server/reports/save-report-draft'
import { submitReport } from '@/server/reports/submit-report'
import { importInventoryCsv } from '@/server/reports/import-inventory-csv'
import { MAX_CSV_BYTES } from '@/server/reports/inventory-csv'
import { readReportForm } from '@/server/reports/read-report-form'
import {
  accountingYearSchema,
  validateDraft,
  type CsvUploadState,
  type ReportFormState,
} from '@/schemas/reports'

export type StartReportState = {
  fieldErrors: Record<string, string>
  values: { accountingYear: string }
} | null

const slugOf = (form: FormData) => String(form.get('slug') ?? '').slice(0, 200)
// The hidden field holds a four-digit year, as the page's address does; anything else ("1e308") names no
// report (it would be an integer the database cannot hold).
const yearOf = (form: FormData) => {
  const year = String(form.get('accountingYear') ?? '')
  return /^\d{4}$/.test(year) ? Number(year) : 0
}
// `v` is new on every redirect: the page keys the form by it, so the form starts afresh from the saved
// report (and not from an earlier refused attempt's values).
const reportUrl = (slug: string, year: number, flag?: string) =>
  `/portal/${slug}/reports/${year}${flag ? `?${flag}=1&v=${Date.now().toString(36)}` : ''}`

// Only AppErrors a person can act on become messages; losing access is not an answer to a form.
function answerable(e: unknown) {
  return isAppError(e) && (e.code === 'CONFLICT' || e.code === 'INVALID_INPUT')
}

/** Starts (or opens) the report of an accounting year. */
export async function startReportAction(_: StartReportState, form: FormData): Promise<StartReportState> {
  const slug = slugOf(form)
  const values = { accountingYear: String(form.get('accountingYear') ?? '').slice(0, 10) }
  const parsed = accountingYearSchema().safeParse(values.accountingYear)
  if (!parsed.success) return { fieldErrors: { accountingYear: parsed.error.issues[0]!.message }, values }
  await createReport({ slug, accountingYear: parsed.data })
  redirect(reportUrl(slug, parsed.data))
}

/** Saves the draft (intent "save") or saves it and sends it to staff (intent "submit"). */
export async function saveReportAction(prev: ReportFormState, form: FormData): Promise<ReportFormState> {
  const slug = slugOf(form)
  const accountingYear = yearOf(form)
  const intent = form.get('intent') === 'submit' ? 'submit' : 'save'
  const values = readReportForm(form)
  const nonce = (prev?.nonce ?? 0) + 1
  const { draft, errors } = validateDraft(values)
  if (Object.keys(errors).length > 0) return { values, errors, nonce }
  try {
    await saveReportDraft({ slug, accountingYear, draft })
    if (intent === 'submit') {
      const result = await submitReport({ slug, accountingYear })
      if (!result.submitted)
        return {
          values,
          errors: result.errors,
          notice: 'Your draft was saved, but it cannot be submitted until the problems below are fixed.',
          nonce,
        }
    }
  } catch (e) {
    if (!answerable(e)) throw e
    return { values, errors: { form: userMessage(e) }, nonce }
  }
  redirect(reportUrl(slug, accountingYear, intent === 'submit' ? 'submitted' : 'saved'))
}

/** Fills the draft's inventory from an uploaded CSV: every row valid, or nothing changes. */
export async function uploadInventoryAction(_: CsvUploadState, form: FormData): Promise<CsvUploadState> {
  const slug = slugOf(form)
  const accountingYear = yearOf(form)
  const file = form.get('inventoryFile')
  if (!(file instanceof File) || file.size === 0)
    return { rowErrors: [], formError: 'Choose a CSV file made from the template' }
  if (file.size > MAX_CSV_BYTES) return { rowErrors: [], formError: 'The file must be 100 KB or smaller' }
  if (!/\.csv$/i.test(file.name) && !/csv|text\/plain/.test(file.type))
    return { rowErrors: [], formError: 'The file must be a CSV file' }
  try {
    const result = await importInventoryCsv({ slug, accountingYear, text: await file.text() })
    if ('rowErrors' in result) return { rowErrors: result.rowErrors }
  } catch (e) {
    if (!answerable(e)) throw e
    return { rowErrors: [], formError: userMessage(e) }
  }
  redirect(reportUrl(slug, accountingYear, 'imported'))
}
