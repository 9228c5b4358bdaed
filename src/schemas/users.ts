import type { FormState } from '@/lib/form-state'
import { z } from 'zod'
import { hasControlCharacters, stripInvisibleFormatting } from '@/lib/text'
import { STAFF_ROLES, USER_ROLES } from '@/server/auth/staff-roles'
import { recordIdWith } from './id'
import { resetPasswordSchema, signInSchema } from './auth'

export const USER_PAGE_SIZE = 50

export const ROLE_LABELS = {
  ADMIN: 'Administrator',
  EDITOR: 'Editor',
  MODERATOR: 'Moderator',
  OFFICIAL: 'Official',
} as const

const userId = recordIdWith('Choose a person')

/** The invitation form: staff get a role; an official is tied to a municipality (by its slug). */
export const inviteUserSchema = z
  .object({
    email: signInSchema.shape.email,
    name: z
      .string()
      .overwrite(stripInvisibleFormatting)
      .trim()
      .min(1, 'Enter the person’s name')
      .max(120, 'The name must be 120 characters or fewer')
      .refine((v) => !hasControlCharacters(v), 'The name must not contain control characters'),
    role: z.enum(USER_ROLES, { error: 'Select a role' }),
    municipalitySlug: z
      .string()
      .trim()
      .max(120)
      .refine((v) => !hasControlCharacters(v), 'Enter the slug as in /members/<slug>')
      .optional(),
    title: z
      .string()
      .overwrite(stripInvisibleFormatting)
      .trim()
      .max(120, 'The title must be 120 characters or fewer')
      .refine((v) => !hasControlCharacters(v), 'The title must not contain control characters')
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'OFFICIAL' && !v.municipalitySlug)
      ctx.addIssue({
        code: 'custom',
        path: ['municipalitySlug'],
        message: 'Enter the slug of the official’s municipality, as in /members/<slug>',
      })
  })
export type InviteUserInput = z.output<typeof inviteUserSchema>

export const changeRoleSchema = z.object({
  userId,
  role: z.enum(STAFF_ROLES, { error: 'Select a staff role' }),
})

export const setActiveSchema = z.object({ userId, active: z.enum(['0', '1']).transform((v) => v === '1') })

/** Staff accepting an invitation choose a password, with the reset form's rules. */
export const acceptInvitationSchema = resetPasswordSchema

export type InviteValues = Record<'email' | 'name' | 'role' | 'municipalitySlug' | 'title', string>
export type InviteState = FormState<InviteValues> | null

export type AcceptInvitationState = FormState<Record<string, never>> | null
