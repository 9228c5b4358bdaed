// The officials' portal: the email-link sign-in form, inviting a colleague, staff confirming one.
import type { FormState } from '@/lib/form-state'
import { z } from 'zod'
import { MUNICIPALITY_SLUG_MAX, slugPattern, stripInvisibleFormatting } from '@/lib/text'
import { safeCallbackUrl } from './auth'
import { recordId } from './id'

const email = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(254, 'The email address must be 254 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@city.gov'))
    .transform((v) => v.toLowerCase())

// A members-only library entry, which an official signs in to read (src/app/resources/[slug]/read).
// A group's members' space (src/app/groups/[slug]/space) too.
const MEMBERS_RESOURCE = /^\/(?:resources\/[a-z0-9-]{1,200}\/read|groups\/[a-z0-9-]{1,200}\/space)$/
// The form asking another member for an introduction (src/app/introductions/new), with its query.
const INTRODUCTION_FORM = /^\/introductions\/new(?:\?[A-Za-z0-9=&%_.-]{0,300})?$/

/**
 * Where an official goes after signing in: a portal page, a members-only guide or the introduction form, never
 * elsewhere.
 */
export function portalCallbackUrl(value: unknown): string {
  const url = safeCallbackUrl(value, '/portal')
  return url === '/portal' ||
    url.startsWith('/portal/') ||
    url.startsWith('/portal?') ||
    MEMBERS_RESOURCE.test(url) ||
    INTRODUCTION_FORM.test(url)
    ? url
    : '/portal'
}

export const signInLinkSchema = z.object({
  linkEmail: email('Enter your email address'),
  callbackUrl: z.unknown().transform(portalCallbackUrl),
})

export type SignInLinkState = FormState<{ linkEmail: string }>

const plain = (what: string, max: number) => {
  const What = `${what[0]!.toUpperCase()}${what.slice(1)}`
  return z
    .string({ error: `Enter ${what}` })
    .overwrite(stripInvisibleFormatting)
    .trim()
    .max(max, `${What} must be ${max} characters or fewer`)
    .refine((v) => !/[\p{Cc}\p{Cf}<>]/u.test(v), `${What} must not contain < > or control characters`)
}

export const inviteOfficialSchema = z.object({
  email: email('Enter your colleague’s email address'),
  name: plain('their full name', 120).min(1, 'Enter their full name'),
  title: plain('their title', 120).min(1, 'Enter their title, like Sustainability Coordinator'),
})

export type InviteOfficialInput = z.output<typeof inviteOfficialSchema>
export type InviteOfficialState = FormState<
  { email: string; name: string; title: string },
  { invited?: string }
>

/** A municipality's address in the portal. */
export const portalSlugSchema = z.string().trim().regex(slugPattern(MUNICIPALITY_SLUG_MAX))

const id = recordId

export const officialLinkSchema = z.object({ userId: id, municipalityId: id })
export const targetIdSchema = id
