'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { signInSchema, type SignInState } from '@/schemas/auth'
import { signInLinkSchema, type SignInLinkState } from '@/schemas/portal'
import { anyone, formAction, formText } from '@/server/action'
import { signInWithPassword } from '@/server/auth/sign-in-with-password'
import { requestSignInLink } from '@/server/portal/request-sign-in-link'
import { clientIp } from '@/server/rate-limit/client-ip'

/** Staff sign in with a password; any refusal is one message, whichever part was wrong. */
export const signInAction = formAction({
  guard: anyone,
  read: (form) => ({ email: formText(form, 'email', 320).trim() }),
  secret: (form) => ({
    password: formText(form, 'password', 1001),
    callbackUrl: formText(form, 'callbackUrl', 2001),
  }),
  schema: signInSchema,
  run: async ({ data }): Promise<SignInState> => signInWithPassword(data),
  refused: (e, { values }) => ({ values, fieldErrors: { email: e.message } }),
})

/** Officials ask for a sign-in link by email; the answer is the same whether or not the address may sign in. */
export const requestSignInLinkAction = formAction({
  guard: anyone,
  read: (form) => ({ linkEmail: formText(form, 'linkEmail', 320).trim() }),
  secret: (form) => ({ callbackUrl: formText(form, 'callbackUrl', 2001) }),
  schema: signInLinkSchema,
  run: async ({ data }): Promise<SignInLinkState> => {
    await requestSignInLink({ ...data, ip: clientIp(await headers()) })
    redirect('/signin/check-email')
  },
  refused: (e, { values }) =>
    e.code === 'RATE_LIMITED' || e.code === 'UNAVAILABLE'
      ? { values, fieldErrors: { linkEmail: e.message } }
      : undefined,
})
