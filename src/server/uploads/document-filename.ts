import { cleanName } from '@/lib/text'

/**
 * The name a document is kept and served under: no control characters or path separators, at most 120
 * characters, ending in the extension of what its bytes are (a CSV file sent as "report.pdf" is kept as
 * "report.pdf.csv", so whoever downloads it opens it with the right program).
 */
export function documentFilename(name: string, extension: string) {
  const clean = cleanName(name.replace(/[\p{Cc}\\/"]/gu, ''))
    .slice(-(119 - extension.length))
    .trim()
  if (!clean) return `document.${extension}`
  return clean.toLowerCase().endsWith(`.${extension}`) ? clean : `${clean}.${extension}`
}
