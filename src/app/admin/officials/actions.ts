'use server'

import { buttonAction, formText } from '@/server/action'
import { requirePermission } from '@/server/auth/require-permission'
import { reviewOfficial } from '@/server/portal/review-official'

/** Confirms or declines an invited official; the result is carried back in the query string. */
export const reviewOfficialAction = buttonAction({
  guard: () => requirePermission('municipality.edit'),
  read: (form) => ({
    userId: formText(form, 'userId', 200),
    municipalityId: formText(form, 'municipalityId', 200),
    decision: formText(form, 'decision', 20) === 'confirm' ? ('confirm' as const) : ('decline' as const),
  }),
  invalid: () => '/admin/officials?problem=handled',
  run: async ({ data }) => {
    await reviewOfficial(data)
    return `/admin/officials?done=${data.decision}`
  },
  refused: () => '/admin/officials?problem=handled',
})
