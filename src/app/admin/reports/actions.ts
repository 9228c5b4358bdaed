'use server'

import { redirect } from 'next/navigation'
import { requirePermission } from '@/server/auth/require-permission'
import { reviewReport } from '@/server/reports/review-report'
import { isAppError, userMessage } from '@/server/errors'
import { returnReportSchema } from '@/schemas/reports'
import { isRecordId } from '@/schemas/id'

export type ReturnState = { fieldErrors: Record<string, string>; values: { feedback: string } } | null

const reportIdOf = (form: FormData) => {
  const id = String(form.get('reportId') ?? '')
  return isRecordId(id) ? id : ''
}

/** Verifies a submitted report: it becomes public and its officials are emailed. */
export async function verifyReportAction(form: FormData): Promise<void> {
  const reviewer = await requirePermission('report.verify')
  const reportId = reportIdOf(form)
  try {
    await reviewReport({ reportId, reviewer, decision: { verdict: 'verify' } })
  } catch (e) {
    if (!isAppError(e) || e.code === 'FORBIDDEN') throw e
    redirect(`/admin/reports?problem=${e.code === 'CONFLICT' ? 'changed' : 'missing'}`)
  }
  redirect('/admin/reports?verified=1')
}

/** Returns a submitted report to its officials with feedback they see in the portal and by email. */
export async function returnReportAction(_: ReturnState, form: FormData): Promise<ReturnState> {
  const reviewer = await requirePermission('report.verify')
  const values = { feedback: String(form.get('feedback') ?? '').slice(0, 10_000) }
  const parsed = returnReportSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: { feedback: parsed.error.issues[0]!.message }, values }
  try {
    await reviewReport({
      reportId: reportIdOf(form),
      reviewer,
      decision: { verdict: 'return', feedback: parsed.data.feedback },
    })
  } catch (e) {
    if (!isAppError(e) || e.code === 'FORBIDDEN') throw e
    return { fieldErrors: { form: userMessage(e) }, values }
  }
  redirect('/admin/reports?returned=1')
}
