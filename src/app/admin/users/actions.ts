'use server'

import { redirect } from 'next/navigation'
import { z } from 'zod'
import { requirePermission } from '@/server/auth/require-permission'
import { isAppError, userMessage } from '@/server/errors'
import { inviteUser, InviteRefused } from '@/server/users/invite-user'
import { changeUserRole, LAST_ADMIN_MESSAGE } from '@/server/users/change-user-role'
import { setUserActive } from '@/server/users/set-user-active'
import { changeRoleSchema, inviteUserSchema, setActiveSchema, type InviteState } from '@/schemas/users'

const text = (form: FormData, key: string) => String(form.get(key) ?? '').slice(0, 400)

// The outcome goes back in the query string, so the list shows it without JavaScript.
function problemCode(e: unknown): string {
  if (!isAppError(e) || e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') throw e
  if (e.message === LAST_ADMIN_MESSAGE) return 'last-admin'
  if (e.code === 'NOT_FOUND') return 'missing'
  if (e.message.includes('invitation')) return 'pending'
  return 'not-staff'
}

/** Gives a staff member another role; the last active admin keeps theirs. */
export async function changeRoleAction(form: FormData): Promise<void> {
  await requirePermission('user.manage')
  const parsed = changeRoleSchema.safeParse({ userId: text(form, 'userId'), role: text(form, 'role') })
  if (!parsed.success) redirect('/admin/users?problem=role')
  let problem: string | null = null
  try {
    await changeUserRole(parsed.data)
  } catch (e) {
    problem = problemCode(e)
  }
  redirect(problem ? `/admin/users?problem=${problem}` : '/admin/users?done=role')
}

/** Deactivates (ending every session) or reactivates a person. */
export async function setActiveAction(form: FormData): Promise<void> {
  await requirePermission('user.manage')
  const parsed = setActiveSchema.safeParse({ userId: text(form, 'userId'), active: text(form, 'active') })
  if (!parsed.success) redirect('/admin/users?problem=missing')
  let problem: string | null = null
  try {
    await setUserActive(parsed.data)
  } catch (e) {
    problem = problemCode(e)
  }
  redirect(
    problem
      ? `/admin/users?problem=${problem}`
      : `/admin/users?done=${parsed.data.active ? 'reactivated' : 'deactivated'}`,
  )
}

/** Invites a person by email; refused answers come back by field with what was typed. */
export async function inviteAction(_: InviteState, form: FormData): Promise<InviteState> {
  await requirePermission('user.manage')
  const values = {
    email: text(form, 'email'),
    name: text(form, 'name'),
    role: text(form, 'role'),
    municipalitySlug: text(form, 'municipalitySlug'),
    title: text(form, 'title'),
  }
  const parsed = inviteUserSchema.safeParse(values)
  if (!parsed.success) {
    const { fieldErrors } = z.flattenError(parsed.error)
    return {
      fieldErrors: Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, v?.[0] ?? ''])),
      values,
    }
  }
  try {
    await inviteUser({ input: parsed.data })
  } catch (e) {
    if (e instanceof InviteRefused) return { fieldErrors: { [e.field]: e.message }, values }
    if (!isAppError(e) || e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') throw e
    return { fieldErrors: { form: userMessage(e) }, values }
  }
  redirect(`/admin/users?invited=${encodeURIComponent(parsed.data.email.toLowerCase())}`)
}
