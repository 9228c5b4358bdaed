'use server'

import { buttonAction } from '@/server/action'
import { portalCaller } from '@/server/portal/find-portal-municipality'
import { hideChecklist } from '@/server/portal/hide-checklist'

/** "Hide this checklist" on the municipality's portal page: back to the page, without it. */
export const hideChecklistAction = buttonAction({
  guard: portalCaller,
  read: () => ({}),
  invalid: () => '/portal',
  run: async ({ user: municipality }) => {
    await hideChecklist({ municipality })
    return `/portal/${municipality.slug}?checklist=hidden`
  },
})
