'use server'

import { redirect } from 'next/navigation'
import { reviewOfficial } from '@/server/portal/review-official'
import { isAppError } from '@/server/errors'

/** Confirms or declines an invited official; the result is carried back in the query string. */
export async function reviewOfficialAction(form: FormData): Promise<void> {
  const decision = form.get('decision') === 'confirm' ? 'confirm' : 'decline'
  try {
    await reviewOfficial({
      userId: String(form.get('userId') ?? ''),
      municipalityId: String(form.get('municipalityId') ?? ''),
      decision,
    })
  } catch (e) {
    if (!isAppError(e) || e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') throw e
    redirect('/admin/officials?problem=handled')
  }
  redirect(`/admin/officials?done=${decision}`)
}
