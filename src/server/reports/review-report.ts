import 'server-only'
import { recordFollowEvent } from '@/server/follows/record-follow-event'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateMunicipality } from '@/server/cache-tags'
import { refreshCompliance } from '@/server/compliance/refresh-compliance'
import { assertReviewer } from '@/server/pledges/assert-reviewer'
import { sendReportReturnedEmails, sendReportVerifiedEmails } from './report-emails'
import { logger } from '@/server/log'

const log = logger('reports')

type Decision = { verdict: 'verify' } | { verdict: 'return'; feedback: string }

/**
 * Verifies a submitted report (it becomes public evidence: compliance is recomputed and the public
 * pages showing the municipality expire) or returns it to its officials with feedback. The officials
 * are emailed either way. Only a SUBMITTED report can be reviewed, once.
 */
export async function reviewReport({
  reportId,
  reviewer,
  decision,
  now = new Date(),
}: {
  reportId: string
  reviewer: { id: string }
  decision: Decision
  now?: Date
}) {
  const report = await db.$transaction(async (tx) => {
    const staff = await assertReviewer(tx, reviewer, 'report.verify')
    const found = await tx.progressReport.findUnique({
      where: { id: reportId },
      select: {
        id: true,
        status: true,
        accountingYear: true,
        municipality: {
          select: {
            id: true,
            slug: true,
            name: true,
            pledges: { where: { status: 'APPROVED' }, select: { campaign: { select: { slug: true } } } },
          },
        },
      },
    })
    if (!found) throw new AppError('NOT_FOUND')
    const status = decision.verdict === 'verify' ? ('VERIFIED' as const) : ('RETURNED' as const)
    const data =
      decision.verdict === 'verify'
        ? { status, verifiedAt: now, reviewedAt: now, reviewedById: staff.id, feedback: null }
        : { status, reviewedAt: now, reviewedById: staff.id, feedback: decision.feedback }
    const moved = await tx.progressReport.updateMany({ where: { id: reportId, status: 'SUBMITTED' }, data })
    if (moved.count !== 1)
      throw new AppError('CONFLICT', 'Only a submitted report can be verified or returned.')
    if (status === 'VERIFIED')
      await recordFollowEvent(tx, {
        municipalityId: found.municipality.id,
        kind: 'REPORT_VERIFIED',
        summary: `had its ${found.accountingYear} progress report verified`,
        happenedAt: now,
      })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: decision.verdict === 'verify' ? 'report.verify' : 'report.return',
      entityType: 'ProgressReport',
      entityId: reportId,
      before: { status: found.status },
      after: { ...data, verifiedAt: data.status === 'VERIFIED' ? now.toISOString() : undefined },
    })
    return found
  })
  const m = report.municipality
  const ctx = {
    municipalityId: m.id,
    municipalityName: m.name,
    slug: m.slug,
    accountingYear: report.accountingYear,
  }
  if (decision.verdict === 'verify') {
    await refreshCompliance({ municipalityId: m.id, now }).catch((e) =>
      log.error({ err: e }, 'compliance refresh failed'),
    )
    invalidateMunicipality(m.slug, [...new Set(m.pledges.map((p) => p.campaign.slug))])
    await sendReportVerifiedEmails(ctx)
  } else {
    await sendReportReturnedEmails({ ...ctx, feedback: decision.feedback })
  }
  return { status: decision.verdict === 'verify' ? 'VERIFIED' : 'RETURNED' }
}
