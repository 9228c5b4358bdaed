'use server'

import { redirect } from 'next/navigation'
import { requirePermission } from '@/server/auth/require-permission'
import { approvePledge } from '@/server/pledges/approve-pledge'
import { rejectPledge } from '@/server/pledges/reject-pledge'
import { isAppError, userMessage } from '@/server/errors'
import { approveSelectedSchema, rejectPledgeSchema, type RejectState } from '@/schemas/moderation'

const QUEUE = '/admin/pledges'

// Keeps the moderator's campaign filter across the redirect back to the queue.
function queueUrl(form: FormData, flags: Record<string, string>) {
  const campaign = String(form.get('campaign') ?? '')
  const query = new URLSearchParams({ ...(/^[a-z0-9-]{1,60}$/.test(campaign) ? { campaign } : {}), ...flags })
  return `${QUEUE}?${query}`
}

/** Approves one pledge; the domain function expires the public pages that show it. */
export async function approvePledgeAction(form: FormData): Promise<void> {
  const reviewer = await requirePermission('pledge.review')
  // A malformed id (a tampered form) names no pledge: the queue says so, as for one handled meanwhile.
  const parsed = approveSelectedSchema.safeParse({ pledgeIds: [String(form.get('pledgeId') ?? '')] })
  if (!parsed.success) redirect(queueUrl(form, { problem: 'missing' }))
  try {
    await approvePledge({ pledgeId: parsed.data.pledgeIds[0]!, reviewer })
  } catch (e) {
    if (!isAppError(e) || e.code === 'FORBIDDEN') throw e
    redirect(queueUrl(form, { problem: e.code === 'CONFLICT' ? 'changed' : 'missing' }))
  }
  redirect(queueUrl(form, { approved: '1' }))
}

/** Approves every ticked pledge, each in its own transaction, and reports how many went through. */
export async function approveSelectedAction(form: FormData): Promise<void> {
  const reviewer = await requirePermission('pledge.review')
  const parsed = approveSelectedSchema.safeParse({ pledgeIds: form.getAll('pledgeId').map(String) })
  if (!parsed.success) redirect(queueUrl(form, { problem: 'none-selected' }))
  const count = await approveEach(parsed.data.pledgeIds, reviewer)
  redirect(
    queueUrl(form, {
      approved: String(count.approved),
      ...(count.failed ? { failed: String(count.failed) } : {}),
    }),
  )
}

async function approveEach(ids: string[], reviewer: { id: string }) {
  let approved = 0
  let failed = 0
  for (const pledgeId of new Set(ids)) {
    try {
      await approvePledge({ pledgeId, reviewer })
      approved += 1
    } catch (e) {
      // A pledge another moderator handled meanwhile is skipped; losing the role stops the batch.
      if (!isAppError(e) || e.code === 'FORBIDDEN') throw e
      failed += 1
    }
  }
  return { approved, failed }
}

/** Rejects a pledge with a coded reason and an optional note; refused input is answered by the field. */
export async function rejectPledgeAction(_: RejectState, form: FormData): Promise<RejectState> {
  const reviewer = await requirePermission('pledge.review')
  const values = { reason: String(form.get('reason') ?? ''), note: String(form.get('note') ?? '') }
  const pledgeId = String(form.get('pledgeId') ?? '')
  const parsed = rejectPledgeSchema.safeParse({ pledgeId, ...values })
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {}
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'pledgeId' ? 'form' : String(issue.path[0])
      fieldErrors[`${field}`] ??= issue.message
    }
    return { pledgeId, fieldErrors, values }
  }
  try {
    await rejectPledge({ pledgeId, reviewer, reason: parsed.data.reason, note: parsed.data.note })
  } catch (e) {
    if (!isAppError(e) || e.code === 'FORBIDDEN') throw e
    return { pledgeId, fieldErrors: { form: userMessage(e) }, values }
  }
  redirect(queueUrl(form, { rejected: '1' }))
}
