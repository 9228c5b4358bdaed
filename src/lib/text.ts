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
