'use server'

import { redirect } from 'next/navigation'
import {
  askForHelpSchema,
  memberReplySchema,
  type AskForHelpState,
  type MemberReplyState,
} from '@/schemas/assistance'
import { formAction, formFile, formText, missingPage } from '@/server/action'
import type { AppError } from '@/server/errors'
import { askForHelp } from '@/server/assistance/ask-for-help'
import { replyAsMember } from '@/server/assistance/reply-as-member'
import { portalCaller } from '@/server/portal/find-portal-municipality'
import { isRecordId } from '@/schemas/id'

// The request a reply is for, from the form's hidden field ('' when malformed: no such request).
const requestIdOf = (form: FormData) => {
  const id = formText(form, 'requestId', 200)
  return isRecordId(id) ? id : ''
}

// An error about one field (a refused attachment, a closed request) goes next to it; the text typed stays.
const byField = <V>(e: AppError, values: V) =>
  e.detail.field ? { values, fieldErrors: { [e.detail.field]: e.message } } : undefined

/** "Ask for help": the new request's thread, or the form again with its errors and what was typed. */
export const askForHelpAction = formAction({
  guard: portalCaller,
  read: (form) => ({
    topic: formText(form, 'topic', 40),
    question: formText(form, 'question', 6_000),
    contact: formText(form, 'contact', 20),
  }),
  schema: askForHelpSchema,
  run: async ({ user: municipality, data, form }): Promise<AskForHelpState> => {
    const attachment = await formFile(form, 'attachment')
    const { id } = await askForHelp({ municipality, input: data, attachment })
    redirect(`/portal/${municipality.slug}/help/${id}?asked=1`)
  },
  refused: (e, { values }) => byField(e, values),
})

/** The official's reply on a request's thread: the thread again, with the reply on it. */
export const replyAsMemberAction = formAction({
  guard: portalCaller,
  read: (form) => ({ body: formText(form, 'body', 6_000) }),
  schema: memberReplySchema,
  run: async ({ user: municipality, data, form }): Promise<MemberReplyState> => {
    const requestId = requestIdOf(form)
    const attachment = await formFile(form, 'attachment')
    await replyAsMember({ municipality, requestId, body: data.body, attachment })
    redirect(`/portal/${municipality.slug}/help/${requestId}?replied=1`)
  },
  refused: (e, { values }) => missingPage(e) ?? byField(e, values),
})
