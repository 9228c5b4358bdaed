'use server'

import type { SignInState } from '@/schemas/auth'
import { signInWithPassword } from '@/server/auth/sign-in-with-password'

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  return signInWithPassword(formData)
}
