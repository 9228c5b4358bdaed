'use server'

import { redirect } from 'next/navigation'
import { formAction, formText } from '@/server/action'
import { requirePermission } from '@/server/auth/require-permission'
import { AppError } from '@/server/errors'
import { updateMunicipalityFacts } from '@/server/municipalities/update-municipality-facts'
import { setMunicipalityMembership } from '@/server/municipalities/set-municipality-membership'
import { mergeMunicipalities } from '@/server/municipalities/merge-municipalities'
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

const guard = () => requirePermission('municipality.edit')
const text = (form: FormData, key: string) => formText(form, key, 1000)
// The page's hidden slug; anything else (a tampered form, a NUL PostgreSQL cannot compare) names nothing.
const slugOf = (form: FormData) => {
  const slug = text(form, 'slug')
  return /^[a-z0-9-]{1,120}$/.test(slug) ? slug : ''
}

/** Saves a municipality's facts; refused answers come back by field with what was typed. */
export const updateFactsAction = formAction({
  guard,
  read: (form): Record<string, string> => Object.fromEntries(FACT_FIELDS.map((f) => [f, text(form, f)])),
  schema: municipalityFactsSchema,
  run: async ({ form, data, values }): Promise<NonNullable<FormState>> => {
    const { changed } = await updateMunicipalityFacts({ slug: slugOf(form), facts: data })
    return {
      saved: true,
      values,
      fieldErrors: {},
      message: changed ? 'The facts were saved. The public pages show them now.' : 'Nothing had changed.',
    }
  },
})

/** Marks or unmarks a member by hand. */
export const setMembershipAction = formAction({
  guard,
  read: (form): Record<string, string> => ({
    isMember: text(form, 'isMember'),
    memberSince: text(form, 'memberSince'),
  }),
  schema: membershipSchema,
  run: async ({ form, data, values }): Promise<NonNullable<FormState>> => {
    const isMember = data.isMember === '1'
    const { changed } = await setMunicipalityMembership({
      slug: slugOf(form),
      isMember,
      memberSince: data.isMember === '1' ? data.memberSince : undefined,
    })
    const now = isMember ? 'is now a member' : 'is no longer a member'
    return {
      saved: true,
      values,
      fieldErrors: {},
      message: changed ? `The municipality ${now}.` : 'Nothing had changed.',
    }
  },
})

/** Merges this municipality (the duplicate) into another; then shows the one kept. */
export const mergeAction = formAction({
  guard,
  read: (form): Record<string, string> => ({
    duplicateSlug: slugOf(form),
    targetSlug: text(form, 'targetSlug').trim().toLowerCase(),
  }),
  schema: mergeSchema,
  run: async ({ data }): Promise<NonNullable<FormState>> => {
    await mergeMunicipalities(data)
    redirect(`/admin/municipalities/${data.targetSlug}?merged=${encodeURIComponent(data.duplicateSlug)}`)
  },
  refused: (e, { values }) => {
    if (e.detail.reason === 'merge-blocked')
      return {
        fieldErrors: { targetSlug: 'These municipalities cannot be merged yet' },
        values,
        conflicts: e.detail.items,
      }
    if (e.detail.field) return { fieldErrors: { [e.detail.field]: e.message }, values }
  },
})

/** Checks an uploaded CSV file and applies it only when every row is valid. */
export const importAction = formAction({
  guard,
  read: (form) => ({ filename: fileOf(form)?.name.slice(0, 200) ?? '' }),
  run: async ({ form, values }): Promise<NonNullable<ImportState>> => {
    const file = fileOf(form)
    if (!file || file.size === 0) return { values, fieldErrors: { file: 'Choose a CSV file to import' } }
    if (file.size > MAX_IMPORT_BYTES)
      return { values, fieldErrors: { file: 'The file must be 5 MB or smaller' } }
    const result = await importMunicipalitiesCsv({ text: await utf8(file) })
    if (!result.ok) return { values, fieldErrors: {}, problems: result.problems }
    return {
      values,
      fieldErrors: {},
      applied: { created: result.created, updated: result.updated, unchanged: result.unchanged },
    }
  },
  refused: (e, { values }) =>
    e.code === 'INVALID_INPUT' ? { values, fieldErrors: { file: e.message } } : undefined,
})

function fileOf(form: FormData): File | null {
  const file = form.get('file')
  return file instanceof File ? file : null
}

async function utf8(file: File): Promise<string> {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer())
  } catch {
    throw new AppError(
      'INVALID_INPUT',
      'The file must be UTF-8 text. Save it from your spreadsheet as “CSV UTF-8”.',
    )
  }
}
