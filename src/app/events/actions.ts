'use server'

import { headers } from 'next/headers'
import { anyone, buttonAction, formAction, formText, missingPage } from '@/server/action'
import { eventRegistrationSchema, type RegistrationState, type RegistrationValues } from '@/schemas/events'
import { getCurrentUser } from '@/server/auth/get-current-user'
import { registerForEvent } from '@/server/events/register-for-event'
import { cancelRegistration } from '@/server/events/cancel-registration'
import { clientIp } from '@/server/rate-limit/client-ip'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'
import { normalizeEmail } from '@/lib/text'

/**
 * Registers the person typed for the event named by the form's hidden `event` (its slug). The answer is the
 * same for a new place, the waiting list and an address already registered: "check your inbox", where the
 * email says which (only the address's owner learns whether it was registered before). A bot that fills the
 * hidden `website` field gets the same answer and nothing is saved.
 */
export const registerForEventAction = formAction({
  guard: anyone,
  read: (form): RegistrationValues => ({
    name: formText(form, 'name', 300),
    email: formText(form, 'email', 320).trim(),
    organisation: formText(form, 'organisation', 300),
  }),
  schema: eventRegistrationSchema,
  run: async ({ data, values, form }): Promise<RegistrationState> => {
    const ip = clientIp(await headers())
    await consumeRateLimit('event-register:ip', ip)
    await consumeRateLimit('event-register:email', normalizeEmail(data.email))
    if (formText(form, 'website', 200)) return { values, fieldErrors: {}, sent: true }
    const user = await getCurrentUser()
    await registerForEvent({ slug: formText(form, 'event', 200), input: data, user })
    return { values, fieldErrors: {}, sent: true }
  },
  refused: (e) => missingPage(e),
})

/** Cancels a registration by the emailed link's token (the page's button); says what it came to. */
export const cancelRegistrationAction = buttonAction({
  guard: anyone,
  read: (form) => ({ token: formText(form, 'token', 100) }),
  invalid: () => '/events/cancelled?state=invalid',
  run: async ({ data }) => {
    const result = await cancelRegistration({ token: data.token })
    return result.state === 'cancelled'
      ? `/events/cancelled?event=${encodeURIComponent(result.eventSlug)}`
      : `/events/cancelled?state=${result.state}`
  },
})
