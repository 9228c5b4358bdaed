'use server'

import { redirect } from 'next/navigation'
import type { FormState } from '@/lib/form-state'
import { buttonAction, formAction, formText } from '@/server/action'
import { requirePermission } from '@/server/auth/require-permission'
import { reviewReport } from '@/server/reports/review-report'
import { returnReportSchema } from '@/schemas/reports'
import { isRecordId } from '@/schemas/id'

export type ReturnState = FormState<{ feedback: string }> | null

const guard = () => requirePermission('report.verify')
const reportIdOf = (form: FormData) => {
  const id = formText(form, 'reportId', 200)
  return isRecordId(id) ? id : ''
}

/** Verifies a submitted report: it becomes public and its officials are emailed. */
export const verifyReportAction = buttonAction({
  guard,
  read: (form) => ({ reportId: reportIdOf(form) }),
  invalid: () => '/admin/reports?problem=missing',
  run: async ({ user, data: { reportId } }) => {
    await reviewReport({ reportId, reviewer: user, decision: { verdict: 'verify' } })
    return '/admin/reports?verified=1'
  },
  refused: (e) => `/admin/reports?problem=${e.code === 'CONFLICT' ? 'changed' : 'missing'}`,
})

/** Returns a submitted report to its officials with feedback they see in the portal and by email. */
export const returnReportAction = formAction({
  guard,
  read: (form) => ({ feedback: formText(form, 'feedback') }),
  schema: returnReportSchema,
  run: async ({ user, data, form }): Promise<NonNullable<ReturnState>> => {
    const decision = { verdict: 'return' as const, feedback: data.feedback }
    await reviewReport({ reportId: reportIdOf(form), reviewer: user, decision })
    redirect('/admin/reports?returned=1')
  },
})
