import 'server-only'
import { db } from '@/server/db'
import { daysWaiting, isAnswerOverdue } from '@/lib/domain/assistance'

export type OpenRequestsSummary = {
  open: number
  /** Open requests by age since they were asked. */
  byAge: { label: string; count: number }[]
  /** Open requests with a member's message unanswered past 3 working days. */
  flagged: number
}

const AGE_BANDS = [
  { label: 'Under 3 days', below: 3 },
  { label: '3 to 6 days', below: 7 },
  { label: '7 to 29 days', below: 30 },
  { label: '30 days or more', below: Infinity },
]

/** The staff dashboard's view of open assistance requests (the caller is checked by the dashboard). */
export async function summarizeOpenRequests({ now = new Date() } = {}): Promise<OpenRequestsSummary> {
  const rows = await db.assistanceRequest.findMany({
    where: { status: { not: 'CLOSED' } },
    select: { createdAt: true, awaitingStaffSince: true },
  })
  const counts = AGE_BANDS.map(() => 0)
  for (const r of rows) {
    const age = daysWaiting(r.createdAt, now)
    counts[AGE_BANDS.findIndex((b) => age < b.below)]! += 1
  }
  return {
    open: rows.length,
    byAge: AGE_BANDS.map((b, i) => ({ label: b.label, count: counts[i]! })),
    flagged: rows.filter((r) => isAnswerOverdue(r.awaitingStaffSince, now)).length,
  }
}
