'use server'

import { buttonAction, formText } from '@/server/action'
import { requirePermission } from '@/server/auth/require-permission'
import { askCommentDecisionSchema } from '@/schemas/asks'
import { moderateAskComment } from '@/server/asks/moderate-ask-comment'

/** Approves or rejects a resident's public comment; the result is carried back in the query string. */
export const moderateAskCommentAction = buttonAction({
  guard: () => requirePermission('ask.moderate'),
  read: (form) => ({
    signatureId: formText(form, 'signatureId', 100),
    decision: formText(form, 'decision', 20),
  }),
  schema: askCommentDecisionSchema,
  invalid: () => '/admin/asks?problem=handled',
  run: async ({ data }) => {
    await moderateAskComment(data)
    return `/admin/asks?done=${data.decision}`
  },
  refused: () => '/admin/asks?problem=handled',
})
