'use server'

import { notFound, redirect } from 'next/navigation'
import {
  assignRequestSchema,
  closeRequestSchema,
  staffReplySchema,
  type StaffReplyState,
} from '@/schemas/assistance'
import { isRecordId } from '@/schemas/id'
import { buttonAction, formAction, formFile, formText, missingPage } from '@/server/action'
import { requirePermission } from '@/server/auth/require-permission'
import { answerRequest } from '@/server/assistance/answer-request'
import { assignRequest } from '@/server/assistance/assign-request'
import { closeRequest } from '@/server/assistance/close-request'

const guard = () => requirePermission('assistance.answer')
const MISSING = '/admin/assistance?problem=missing'
const requestIdOf = (form: FormData) => {
  const id = formText(form, 'requestId', 200)
  return isRecordId(id) ? id : ''
}
const problem = (requestId: string, code: string) => `/admin/assistance/${requestId}?problem=${code}`

/** "Assign to me", or to the staff member chosen: back to the request. */
export const assignRequestAction = buttonAction({
  guard,
  read: (form) => ({
    requestId: formText(form, 'requestId', 200),
    assigneeId: formText(form, 'assigneeId', 200),
  }),
  schema: assignRequestSchema,
  invalid: ({ values }) => (isRecordId(values.requestId) ? problem(values.requestId, 'assignee') : MISSING),
  run: async ({ user, data }) => {
    await assignRequest({ ...data, staff: user })
    return `/admin/assistance/${data.requestId}?done=assigned`
  },
  refused: (e, { values }) => {
    if (e.code === 'NOT_FOUND') notFound()
    return problem(values.requestId, e.detail.field === 'assigneeId' ? 'assignee' : 'closed')
  },
})

/** Staff's answer: on the thread and emailed to the official who asked; back to the request. */
export const answerRequestAction = formAction({
  guard,
  read: (form) => ({ body: formText(form, 'body', 6_000) }),
  schema: staffReplySchema,
  run: async ({ user, data, form }): Promise<StaffReplyState> => {
    const requestId = requestIdOf(form)
    const attachment = await formFile(form, 'attachment')
    await answerRequest({ requestId, body: data.body, staff: user, attachment })
    redirect(`/admin/assistance/${requestId}?done=answered`)
  },
  // A refused attachment goes next to its field, the answer typed stays.
  refused: (e, { values }) =>
    missingPage(e) ?? (e.detail.field ? { values, fieldErrors: { [e.detail.field]: e.message } } : undefined),
})

/** Closes a request: back to the queue. */
export const closeRequestAction = buttonAction({
  guard,
  read: (form) => ({ requestId: formText(form, 'requestId', 200) }),
  schema: closeRequestSchema,
  invalid: () => MISSING,
  run: async ({ user, data }) => {
    await closeRequest({ requestId: data.requestId, staff: user })
    return `/admin/assistance?closed=1`
  },
  refused: (e, { values }) => {
    if (e.code === 'NOT_FOUND') notFound()
    return problem(values.requestId, 'closed')
  },
})
