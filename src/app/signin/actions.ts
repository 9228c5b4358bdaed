'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'
import type { SignInState } from '@/schemas/auth'
import type { SignInLinkState } from '@/schemas/portal'
import { signInWithPassword } from '@/server/auth/sign-in-with-password'
import { requestSignInLink } from '@/server/portal/request-sign-in-link'
import { clientIp } from '@/server/rate-limit/client-ip'

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  return signInWithPassword(formData)
}

export async function requestSignInLinkAction(
  _previous: SignInLinkState,
  formData: FormData,
): Promise<SignInLinkState> {
  const result = await requestSignInLink({ form: formData, ip: clientIp(await headers()) })
  if (result.sent) redirect('/signin/check-email')
  return result.state
}
