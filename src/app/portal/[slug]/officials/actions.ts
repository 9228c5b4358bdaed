'use server'

import { inviteOfficialSchema, type InviteOfficialState } from '@/schemas/portal'
import { formAction, formText } from '@/server/action'
import { portalCaller } from '@/server/portal/find-portal-municipality'
import { inviteOfficial } from '@/server/portal/invite-official'

/** Invites a colleague; the form comes back with a confirmation, or the errors and the values typed. */
export const inviteOfficialAction = formAction({
  guard: portalCaller,
  read: (form) => ({
    email: formText(form, 'email', 320),
    name: formText(form, 'name', 200),
    title: formText(form, 'title', 200),
  }),
  schema: inviteOfficialSchema,
  run: async ({ user: municipality, data }): Promise<InviteOfficialState> => {
    const { email } = await inviteOfficial({ municipality, input: data })
    return { values: { email: '', name: '', title: '' }, fieldErrors: {}, invited: email }
  },
  refused: (e, { values }) =>
    e.detail.field ? { values, fieldErrors: { [e.detail.field]: e.message } } : undefined,
})
