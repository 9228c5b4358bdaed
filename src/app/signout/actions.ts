'use server'

import { isAppError } from '@/server/errors'
import { signOutCurrent } from '@/server/auth/sign-out-current'
import { signOutEverywhere } from '@/server/auth/sign-out-everywhere'

export async function signOutAction(): Promise<void> {
  await signOutCurrent()
}

export async function signOutEverywhereAction(): Promise<void> {
  try {
    await signOutEverywhere()
  } catch (e) {
    // Already signed out: ending this browser's cookie is all that is left to do.
    if (!(isAppError(e) && e.code === 'UNAUTHENTICATED')) throw e
  }
  await signOutCurrent()
}
