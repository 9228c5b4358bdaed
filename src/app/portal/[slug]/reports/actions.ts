'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import type { FormState } from '@/lib/form-state'
import { formAction, formText, missingPage } from '@/server/action'
import { portalCaller } from '@/server/portal/find-portal-municipality'
import { createReport } from '@/server/reports/create-report'
import { saveReportDraft } from '@/server/reports/save-report-draft'
import { submitReport } from '@/server/reports/submit-report'
import { importInventoryCsv } from '@/server/reports/import-inventory-csv'
import { MAX_CSV_BYTES } from '@/server/reports/inventory-csv'
import { getReportForOfficial } from '@/server/reports/get-report-for-official'
import { carryFromReport, readReportForm, valuesFromReport } from '@/server/reports/read-report-form'
import { CARRY_SECTIONS } from '@/lib/domain/carried-over'
import {
  accountingYearSchema,
  validateDraft,
  type ReportValues,
  type CsvUploadState,
  type ReportFormState,
} from '@/schemas/reports'

// Read by readReportForm, so always well formed: the schema only runs the draft's rules.
/** The draft's rules as a schema: each problem is an issue at its field's name (a cell's name included). */
const reportDraftSchema = z.custom<ReportValues>().transform((values, ctx) => {
  const { draft, errors } = validateDraft(values)
  for (const [field, message] of Object.entries(errors))
    ctx.addIssue({ code: 'custom', path: [field], message })
  return draft
})

export type StartReportState = FormState<{ accountingYear: string }> | null

// The hidden field holds a four-digit year, as the page's address does; anything else ("1e308") names no
// report (it would be an integer the database cannot hold).
const yearOf = (form: FormData) => {
  const year = formText(form, 'accountingYear', 10)
  return /^\d{4}$/.test(year) ? Number(year) : 0
}
// `v` is new on every redirect: the page keys the form by it, so the form starts afresh from the saved
// report (and not from an earlier refused attempt's values).
const reportUrl = (slug: string, year: number, flag?: string) =>
  `/portal/${slug}/reports/${year}${flag ? `?${flag}=1&v=${Date.now().toString(36)}` : ''}`

/** Starts (or opens) the report of an accounting year. */
export const startReportAction = formAction({
  guard: portalCaller,
  read: (form) => ({ accountingYear: formText(form, 'accountingYear', 10) }),
  schema: z.object({ accountingYear: accountingYearSchema() }),
  run: async ({ user: { slug }, data: { accountingYear } }): Promise<NonNullable<StartReportState>> => {
    await createReport({ slug, accountingYear })
    redirect(reportUrl(slug, accountingYear))
  },
})

/**
 * Saves the draft (intent "save") or saves it and sends it to staff (intent "submit"); either way the
 * carried-over figures of the sections whose confirmation box is ticked are confirmed.
 */
export const saveReportAction = formAction({
  guard: portalCaller,
  read: readReportForm,
  schema: reportDraftSchema,
  extra: (prev: ReportFormState) => ({ nonce: (prev?.nonce ?? 0) + 1 }),
  run: async ({ user: { slug }, values, data: draft, form }): Promise<NonNullable<ReportFormState>> => {
    const accountingYear = yearOf(form)
    const submit = form.get('intent') === 'submit'
    const confirm = CARRY_SECTIONS.filter((section) => values.confirm?.[section])
    const { confirmed } = await saveReportDraft({ slug, accountingYear, draft, confirm })
    if (submit) {
      const result = await submitReport({ slug, accountingYear })
      if (!result.submitted) {
        // The errors name rows as saved (blank and removed rows gone): the form shows the saved report.
        const { report } = await getReportForOfficial({ slug, accountingYear })
        return {
          values: valuesFromReport(report),
          carry: carryFromReport(report),
          fieldErrors: result.errors,
          notice: 'Your draft was saved, but it cannot be submitted until the problems below are fixed.',
        }
      }
    }
    const anyConfirmed = Object.values(confirmed).some((n) => n > 0)
    redirect(reportUrl(slug, accountingYear, submit ? 'submitted' : anyConfirmed ? 'confirmed' : 'saved'))
  },
  // A report that is not there (a year no report has, a tampered year) is a missing page.
  refused: missingPage,
})

/** Fills the draft's inventory from an uploaded CSV: every row valid, or nothing changes. */
export const uploadInventoryAction = formAction({
  guard: portalCaller,
  read: (): Record<string, never> => ({}),
  run: async ({ user: { slug }, values, form }): Promise<NonNullable<CsvUploadState>> => {
    const accountingYear = yearOf(form)
    const file = form.get('inventoryFile')
    const refused = (formError: string) => ({ values, fieldErrors: {}, formError })
    if (!(file instanceof File) || file.size === 0) return refused('Choose a CSV file made from the template')
    if (file.size > MAX_CSV_BYTES) return refused('The file must be 100 KB or smaller')
    if (!/\.csv$/i.test(file.name) && !/csv|text\/plain/.test(file.type))
      return refused('The file must be a CSV file')
    const result = await importInventoryCsv({ slug, accountingYear, text: await file.text() })
    if ('rowErrors' in result) return { values, fieldErrors: {}, rowErrors: result.rowErrors }
    redirect(reportUrl(slug, accountingYear, 'imported'))
  },
  // A report that is not there (a year no report has, a tampered year) is a missing page.
  refused: missingPage,
})
