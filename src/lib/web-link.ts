/**
 * A stored address as a link target, or null when it is not an http(s) URL. Forms accept https only, but an
 * import or an older version may have stored anything: a javascript: or data: address must never become a link.
 */
export function webLink(value: string | null | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value.trim())
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null
  } catch {
    return null
  }
}
