'use server'

import type { InviteOfficialState } from '@/schemas/portal'
import { inviteOfficial } from '@/server/portal/invite-official'

/** Invites a colleague; the form comes back with a confirmation, or the errors and the values typed. */
export async function inviteOfficialAction(
  _: InviteOfficialState,
  form: FormData,
): Promise<InviteOfficialState> {
  const slug = String(form.get('slug') ?? '').slice(0, 120)
  const values = {
    email: String(form.get('email') ?? '').slice(0, 320),
    name: String(form.get('name') ?? '').slice(0, 200),
    title: String(form.get('title') ?? '').slice(0, 200),
  }
  const result = await inviteOfficial({ slug, values })
  if (!result.ok) return { values, fieldErrors: result.fieldErrors }
  return { values: { email: '', name: '', title: '' }, invited: result.email }
}
