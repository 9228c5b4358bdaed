'use server'

import { redirect } from 'next/navigation'
import { buttonAction, formAction, formText, formTexts, isRefusal } from '@/server/action'
import { requirePermission } from '@/server/auth/require-permission'
import { approvePledge } from '@/server/pledges/approve-pledge'
import { rejectPledge } from '@/server/pledges/reject-pledge'
import { isAppError, type AppError } from '@/server/errors'
import { approveSelectedSchema, rejectPledgeSchema, type RejectState } from '@/schemas/moderation'

const guard = () => requirePermission('pledge.review')
const QUEUE = '/admin/pledges'

// Keeps the moderator's campaign filter across the redirect back to the queue.
function queueUrl(form: FormData, flags: Record<string, string>) {
  const campaign = formText(form, 'campaign', 100)
  const query = new URLSearchParams({ ...(/^[a-z0-9-]{1,60}$/.test(campaign) ? { campaign } : {}), ...flags })
  return `${QUEUE}?${query}`
}
const handledMeanwhile = (e: AppError, { form }: { form: FormData }) =>
  queueUrl(form, { problem: e.code === 'CONFLICT' ? 'changed' : 'missing' })

/** Approves one pledge; the domain function expires the public pages that show it. */
export const approvePledgeAction = buttonAction({
  guard,
  read: (form) => ({ pledgeIds: [formText(form, 'pledgeId', 200)] }),
  schema: approveSelectedSchema,
  // A malformed id (a tampered form) names no pledge: the queue says so, as for one handled meanwhile.
  invalid: ({ form }) => queueUrl(form, { problem: 'missing' }),
  run: async ({ user, data, form }) => {
    await approvePledge({ pledgeId: data.pledgeIds[0]!, reviewer: user })
    return queueUrl(form, { approved: '1' })
  },
  refused: handledMeanwhile,
})

/** Approves every ticked pledge, each in its own transaction, and reports how many went through. */
export const approveSelectedAction = buttonAction({
  guard,
  read: (form) => ({ pledgeIds: formTexts(form, 'pledgeId') }),
  schema: approveSelectedSchema,
  invalid: ({ form }) => queueUrl(form, { problem: 'none-selected' }),
  run: async ({ user, data, form }) => {
    const count = await approveEach(data.pledgeIds, user)
    return queueUrl(form, {
      approved: String(count.approved),
      ...(count.failed ? { failed: String(count.failed) } : {}),
    })
  },
})

async function approveEach(ids: string[], reviewer: { id: string }) {
  let approved = 0
  let failed = 0
  for (const pledgeId of new Set(ids)) {
    try {
      await approvePledge({ pledgeId, reviewer })
      approved += 1
    } catch (e) {
      // A pledge another moderator handled meanwhile is skipped; losing the role stops the batch.
      if (!isAppError(e) || isRefusal(e)) throw e
      failed += 1
    }
  }
  return { approved, failed }
}

/** Rejects a pledge with a coded reason and an optional note; refused input is answered by the field. */
export const rejectPledgeAction = formAction({
  guard,
  read: (form) => ({
    pledgeId: formText(form, 'pledgeId', 200),
    reason: formText(form, 'reason', 60),
    note: formText(form, 'note'),
  }),
  schema: rejectPledgeSchema,
  // A malformed id is a tampered form: the message concerns the whole form.
  rename: { pledgeId: 'form' },
  run: async ({ user, data, form }): Promise<NonNullable<RejectState>> => {
    await rejectPledge({ pledgeId: data.pledgeId, reviewer: user, reason: data.reason, note: data.note })
    redirect(queueUrl(form, { rejected: '1' }))
  },
})
