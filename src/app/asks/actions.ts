'use server'

import { headers } from 'next/headers'
import { anyone, buttonAction, formAction, formText, missingPage } from '@/server/action'
import { askSignatureSchema, type AskState, type AskValues } from '@/schemas/asks'
import { signAsk } from '@/server/asks/sign-ask'
import { confirmAsk } from '@/server/asks/confirm-ask'
import { clientIp } from '@/server/rate-limit/client-ip'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'
import { normalizeEmail } from '@/lib/text'

/**
 * Signs "Ask <place> to join <campaign>" for the place and campaign named by the form's hidden fields (their
 * slugs). The answer is "check your inbox" whether the address is new, waiting or already counted (the email
 * says which). A bot that fills the hidden `website` field gets the same answer and nothing is saved.
 */
export const signAskAction = formAction({
  guard: anyone,
  read: (form): AskValues => ({
    name: formText(form, 'name', 300),
    email: formText(form, 'email', 320).trim(),
    comment: formText(form, 'comment', 2000),
  }),
  schema: askSignatureSchema,
  run: async ({ data, values, form }): Promise<AskState> => {
    await consumeRateLimit('ask-sign:ip', clientIp(await headers()))
    await consumeRateLimit('ask-sign:email', normalizeEmail(data.email))
    if (formText(form, 'website', 200)) return { values, fieldErrors: {}, sent: true }
    await signAsk({
      placeSlug: formText(form, 'place', 200),
      campaignSlug: formText(form, 'campaign', 60),
      input: data,
    })
    return { values, fieldErrors: {}, sent: true }
  },
  refused: (e) => missingPage(e),
})

/** Confirms a signature by the emailed link's token (the page's button); says what it came to. */
export const confirmAskAction = buttonAction({
  guard: anyone,
  read: (form) => ({ token: formText(form, 'token', 100) }),
  invalid: () => '/asks/confirmed?state=invalid',
  run: async ({ data }) => {
    const result = await confirmAsk({ token: data.token })
    return result.state === 'confirmed'
      ? `/asks/confirmed?place=${encodeURIComponent(result.placeSlug)}&campaign=${encodeURIComponent(result.campaignSlug)}`
      : `/asks/confirmed?state=${result.state}`
  },
})
