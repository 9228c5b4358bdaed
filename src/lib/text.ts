/** Lower case without accents or punctuation runs: the form names are stored and searched in. */
export function normalizeForSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim()
}

/** URL slug: ascii letters, digits and hyphens. */
export function slugify(value: string): string {
  return normalizeForSearch(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/**
 * What slugify and every slug field (the admin forms, the CSV import) make, of at most `max` characters: ascii lower
 * case, digits and hyphens, a letter or digit at each end. The one definition every slug is checked by: the
 * schemas' slug fields (src/schemas) and the lookups by a slug from a URL (isSlug).
 */
export function slugPattern(max: number): RegExp {
  return new RegExp(`^[a-z0-9](?:[a-z0-9-]{0,${max - 2}}[a-z0-9])?$`)
}

/** The longest slug of a campaign, and of a municipality as the admin forms and the portal take it. */
export const CAMPAIGN_SLUG_MAX = 60
export const MUNICIPALITY_SLUG_MAX = 120

const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/

/**
 * Whether text can be a slug of at most `max` characters (slugPattern). A lookup by a slug from a form or a URL
 * answers "not found" for anything else without asking the database: PostgreSQL refuses a NUL in text (SQLSTATE
 * 22021).
 */
export function isSlug(value: string, max = 200): boolean {
  return value.length <= max && SLUG.test(value)
}

/** Emails compared case-insensitively and without surrounding space. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

// C0 controls other than tab and line breaks, and DEL: no keyboard types them, and PostgreSQL refuses NUL.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/

/** Whether text holds a control character no form field should carry (tabs and line breaks are fine). */
export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value)
}

// Bidi embeddings, overrides, isolates and marks (U+202A-E, U+2066-9, U+200E/F, U+061C) and zero-width
// characters (U+200B-D, U+2060, U+FEFF): invisible, they can reverse or hide what a name shows, as in
// "mandate-\u202Efdp.exe", which reads "mandate-exe.pdf".
const INVISIBLE_FORMATTING = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF]/g

/** Text without bidi controls and zero-width characters. Every name field, form or import, goes through it. */
export function stripInvisibleFormatting(value: string): string {
  return value.replace(INVISIBLE_FORMATTING, '')
}

/** A name as stored and shown: invisible formatting removed, surrounding space trimmed. */
export function cleanName(value: string): string {
  return stripInvisibleFormatting(value).trim()
}
