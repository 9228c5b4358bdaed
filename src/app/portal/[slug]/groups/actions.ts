'use server'

import { buttonAction, formText } from '@/server/action'
import { recordId } from '@/schemas/id'
import { portalCaller } from '@/server/portal/find-portal-municipality'
import { requestToJoin } from '@/server/groups/request-to-join'
import { z } from 'zod'

/** "Request to join" on the portal's groups page: back to the page with the answer. */
export const requestToJoinAction = buttonAction({
  guard: portalCaller,
  read: (form) => ({ groupId: formText(form, 'groupId', 200) }),
  schema: z.object({ groupId: recordId }),
  invalid: ({ form }) => `/portal/${encodeURIComponent(formText(form, 'slug', 200))}/groups?done=missing`,
  run: async ({ user: municipality, data }) => {
    const { status } = await requestToJoin({ municipality, groupId: data.groupId })
    return `/portal/${municipality.slug}/groups?done=${status}`
  },
  refused: (e, { form }) =>
    `/portal/${encodeURIComponent(formText(form, 'slug', 200))}/groups?done=${e.code === 'NOT_FOUND' ? 'missing' : 'unchanged'}`,
})
