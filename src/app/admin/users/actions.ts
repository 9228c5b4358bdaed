'use server'

import { redirect } from 'next/navigation'
import { buttonAction, formAction, formText } from '@/server/action'
import type { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { inviteUser } from '@/server/users/invite-user'
import { changeUserRole } from '@/server/users/change-user-role'
import { setUserActive } from '@/server/users/set-user-active'
import { changeRoleSchema, inviteUserSchema, setActiveSchema, type InviteValues } from '@/schemas/users'

const guard = () => requirePermission('user.manage')
const LIST = '/admin/users'

// The outcome goes back in the query string, so the list shows it without JavaScript.
const problem = (e: AppError) =>
  `${LIST}?problem=${e.code === 'NOT_FOUND' ? 'missing' : (e.detail.reason ?? 'not-staff')}`

/** Gives a staff member another role; the last active admin keeps theirs. */
export const changeRoleAction = buttonAction({
  guard,
  read: (form) => ({ userId: formText(form, 'userId', 100), role: formText(form, 'role', 40) }),
  schema: changeRoleSchema,
  invalid: () => `${LIST}?problem=role`,
  run: async ({ data }) => {
    await changeUserRole(data)
    return `${LIST}?done=role`
  },
  refused: problem,
})

/** Deactivates (ending every session) or reactivates a person. */
export const setActiveAction = buttonAction({
  guard,
  read: (form) => ({ userId: formText(form, 'userId', 100), active: formText(form, 'active', 10) }),
  schema: setActiveSchema,
  invalid: () => `${LIST}?problem=missing`,
  run: async ({ data }) => {
    await setUserActive(data)
    return `${LIST}?done=${data.active ? 'reactivated' : 'deactivated'}`
  },
  refused: problem,
})

/** Invites a person by email; refused answers come back by field with what was typed. */
export const inviteAction = formAction({
  guard,
  read: (form): InviteValues => ({
    email: formText(form, 'email', 400),
    name: formText(form, 'name', 400),
    role: formText(form, 'role', 40),
    municipalitySlug: formText(form, 'municipalitySlug', 400),
    title: formText(form, 'title', 400),
  }),
  schema: inviteUserSchema,
  run: async ({ data }) => {
    await inviteUser({ input: data })
    redirect(`${LIST}?invited=${encodeURIComponent(data.email.toLowerCase())}`)
  },
  refused: (e, { values }) =>
    e.detail.field ? { values, fieldErrors: { [e.detail.field]: e.message } } : undefined,
})
