'use server'

import { redirect } from 'next/navigation'
import {
  askForHelpSchema,
  memberReplySchema,
  type AskForHelpState,
  type MemberReplyState,
} from '@/schemas/assistance'
import { formAction, formText, missingPage } from '@/server/action'
import { askForHelp } from '@/server/assistance/ask-for-help'
import { replyAsMember } from '@/server/assistance/reply-as-member'
import { portalCaller } from '@/server/portal/find-portal-municipality'
import { isRecordId } from '@/schemas/id'

// The request a reply is for, from the form's hidden field ('' when malformed: no such request).
const requestIdOf = (form: FormData) => {
  const id = formText(form, 'requestId', 200)
  return isRecordId(id) ? id : ''
}

/** "Ask for help": the new request's thread, or the form again with its errors and what was typed. */
export const askForHelpAction = formAction({
  guard: portalCaller,
  read: (form) => ({
    topic: formText(form, 'topic', 40),
    question: formText(form, 'question', 6_000),
    contact: formText(form, 'contact', 20),
  }),
  schema: askForHelpSchema,
  run: async ({ user: municipality, data }): Promise<AskForHelpState> => {
    const { id } = await askForHelp({ municipality, input: data })
    redirect(`/portal/${municipality.slug}/help/${id}?asked=1`)
  },
})

/** The official's reply on a request's thread: the thread again, with the reply on it. */
export const replyAsMemberAction = formAction({
  guard: portalCaller,
  read: (form) => ({ body: formText(form, 'body', 6_000) }),
  schema: memberReplySchema,
  run: async ({ user: municipality, data, form }): Promise<MemberReplyState> => {
    const requestId = requestIdOf(form)
    await replyAsMember({ municipality, requestId, body: data.body })
    redirect(`/portal/${municipality.slug}/help/${requestId}?replied=1`)
  },
  refused: (e, { values }) =>
    missingPage(e) ?? (e.detail.field ? { values, fieldErrors: { [e.detail.field]: e.message } } : undefined),
})
