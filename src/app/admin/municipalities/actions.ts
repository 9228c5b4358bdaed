'use server'

import { redirect } from 'next/navigation'
import type { z } from 'zod'
import { requirePermission } from '@/server/auth/require-permission'
import { isAppError, userMessage } from '@/server/errors'
import { updateMunicipalityFacts } from '@/server/municipalities/update-municipality-facts'
import { setMunicipalityMembership } from '@/server/municipalities/set-municipality-membership'
import { mergeMunicipalities, MergeRefused } from '@/server/municipalities/merge-municipalities'
import { importMunicipalitiesCsv } from '@/server/municipalities/import-municipalities-csv'
import {
  FACT_FIELDS,
  MAX_IMPORT_BYTES,
  membershipSchema,
  mergeSchema,
  municipalityFactsSchema,
  type FormState,
  type ImportState,
} from '@/schemas/admin-municipality'

const text = (form: FormData, key: string) => String(form.get(key) ?? '').slice(0, 1000)
// The page's hidden slug; anything else (a tampered form, a NUL PostgreSQL cannot compare) names nothing.
const slugOf = (form: FormData) => {
  const slug = text(form, 'slug')
  return /^[a-z0-9-]{1,120}$/.test(slug) ? slug : ''
}

function firstErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) out[String(issue.path[0] ?? 'form')] ??= issue.message
  return out
}

// Refusals a person can act on come back beside the form; losing the permission is thrown.
function refusal(e: unknown, values: Record<string, string>): FormState {
  if (!isAppError(e) || e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') throw e
  return { fieldErrors: { form: userMessage(e) }, values }
}

/** Saves a municipality's facts; refused answers come back by field with what was typed. */
export async function updateFactsAction(_: FormState, form: FormData): Promise<FormState> {
  await requirePermission('municipality.edit')
  const slug = slugOf(form)
  const values = Object.fromEntries(FACT_FIELDS.map((f) => [f, text(form, f)]))
  const parsed = municipalityFactsSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: firstErrors(parsed.error), values }
  try {
    const { changed } = await updateMunicipalityFacts({ slug, facts: parsed.data })
    return {
      saved: true,
      values,
      message: changed ? 'The facts were saved. The public pages show them now.' : 'Nothing had changed.',
    }
  } catch (e) {
    return refusal(e, values)
  }
}

/** Marks or unmarks a member by hand. */
export async function setMembershipAction(_: FormState, form: FormData): Promise<FormState> {
  await requirePermission('municipality.edit')
  const slug = slugOf(form)
  const values = { isMember: text(form, 'isMember'), memberSince: text(form, 'memberSince') }
  const parsed = membershipSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: firstErrors(parsed.error), values }
  try {
    const { changed } = await setMunicipalityMembership({
      slug,
      isMember: parsed.data.isMember === '1',
      memberSince: parsed.data.isMember === '1' ? parsed.data.memberSince : undefined,
    })
    const now = parsed.data.isMember === '1' ? 'is now a member' : 'is no longer a member'
    return { saved: true, values, message: changed ? `The municipality ${now}.` : 'Nothing had changed.' }
  } catch (e) {
    return refusal(e, values)
  }
}

/** Merges this municipality (the duplicate) into another; then shows the one kept. */
export async function mergeAction(_: FormState, form: FormData): Promise<FormState> {
  await requirePermission('municipality.edit')
  const values = { duplicateSlug: slugOf(form), targetSlug: text(form, 'targetSlug').trim().toLowerCase() }
  const parsed = mergeSchema.safeParse(values)
  if (!parsed.success) return { fieldErrors: firstErrors(parsed.error), values }
  try {
    await mergeMunicipalities(parsed.data)
  } catch (e) {
    if (e instanceof MergeRefused)
      return {
        fieldErrors: { targetSlug: 'These municipalities cannot be merged yet' },
        values,
        conflicts: e.conflicts,
      }
    if (isAppError(e) && e.code === 'NOT_FOUND')
      return { fieldErrors: { targetSlug: userMessage(e) }, values }
    return refusal(e, values)
  }
  redirect(
    `/admin/municipalities/${parsed.data.targetSlug}?merged=${encodeURIComponent(parsed.data.duplicateSlug)}`,
  )
}

/** Checks an uploaded CSV file and applies it only when every row is valid. */
export async function importAction(_: ImportState, form: FormData): Promise<ImportState> {
  await requirePermission('municipality.edit')
  const file = form.get('file')
  if (!(file instanceof File) || file.size === 0) return { message: 'Choose a CSV file to import' }
  if (file.size > MAX_IMPORT_BYTES)
    return { message: 'The file must be 5 MB or smaller', filename: file.name }
  let content: string
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer())
  } catch {
    return {
      message: 'The file must be UTF-8 text. Save it from your spreadsheet as “CSV UTF-8”.',
      filename: file.name,
    }
  }
  try {
    const result = await importMunicipalitiesCsv({ text: content })
    if (!result.ok) return { problems: result.problems, filename: file.name }
    return {
      applied: { created: result.created, updated: result.updated, unchanged: result.unchanged },
      filename: file.name,
    }
  } catch (e) {
    if (!isAppError(e) || e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED') throw e
    return { message: userMessage(e), filename: file.name }
  }
}
