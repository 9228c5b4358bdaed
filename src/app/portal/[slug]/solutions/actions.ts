'use server'

import { buttonAction, formText, missingPage } from '@/server/action'
import { willingToTalkSchema } from '@/schemas/introductions'
import { setWillingToTalk } from '@/server/introductions/set-willing-to-talk'
import { portalCaller } from '@/server/portal/find-portal-municipality'

/** "Willing to talk about it" (or not) on one of the municipality's implementations: back to the list. */
export const setWillingToTalkAction = buttonAction({
  guard: portalCaller,
  read: (form) => ({ solution: formText(form, 'solution', 200), willing: formText(form, 'willing', 10) }),
  schema: willingToTalkSchema,
  invalid: ({ form }) => `/portal/${encodeURIComponent(formText(form, 'slug', 200))}/solutions`,
  run: async ({ user: municipality, data }) => {
    await setWillingToTalk({ municipality, input: data })
    return `/portal/${municipality.slug}/solutions?saved=${data.willing ? 'willing' : 'not-willing'}`
  },
  refused: (e) => {
    missingPage(e)
    throw e
  },
})
