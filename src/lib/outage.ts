// What visitors are told while the database does not answer (docs/decisions/0012-database-outage.md).
// Plain values: the 503 page and JSON, and the error pages (client components) use them.

/** The digest a DatabaseUnavailableError carries to the error pages (Next.js keeps a digest it is given). */
export const DATABASE_UNAVAILABLE_DIGEST = 'DATABASE_UNAVAILABLE'

/** Seconds a client is asked to wait (Retry-After) before trying again. */
export const OUTAGE_RETRY_AFTER_SECONDS = 30

export const OUTAGE_TITLE = 'This page is temporarily unavailable'

export const OUTAGE_PARAGRAPHS = [
  'Our database is not answering at the moment, so we cannot show this page or save forms. It usually comes back within a few minutes.',
  'Nothing you saved before is lost. If you had just sent a form, it was not saved: please send it again in a minute or two.',
  'Campaign pages and the member directory may still be available in the meantime.',
] as const

/** The same in one sentence, for JSON answers. */
export const OUTAGE_MESSAGE =
  'Our database is not answering right now. Nothing saved before is lost; anything just sent was not saved. Please try again in a minute.'

export function isDatabaseUnavailableDigest(digest: string | undefined): boolean {
  return digest === DATABASE_UNAVAILABLE_DIGEST
}
