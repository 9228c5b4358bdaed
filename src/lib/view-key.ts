// A filtered view of a public list (the directory, a campaign's signatories) is addressed by its query
// string, but rendered by an internal route whose path holds the canonical query as one segment, so that
// each view is cached like a static page and revalidated by tag (docs/decisions/0010-cached-list-views.md).

/** The canonical query string of a view: known keys only, empty values dropped, sorted. */
export function canonicalQuery(params: Record<string, string | undefined>): string {
  const query = new URLSearchParams()
  for (const key of Object.keys(params).sort()) {
    const value = params[key]
    if (value !== undefined && value !== '') query.set(key, value)
  }
  return query.toString()
}

/** The path segment for a canonical query string: base64url, so any text is one safe segment. */
export function encodeViewKey(canonical: string): string {
  return Buffer.from(canonical, 'utf8').toString('base64url')
}

/** The query parameters a view key stands for; a malformed key yields none (the default view). */
export function decodeViewKey(key: string): URLSearchParams {
  if (!/^[A-Za-z0-9_-]{1,32000}$/.test(key)) return new URLSearchParams()
  return new URLSearchParams(Buffer.from(key, 'base64url').toString('utf8'))
}
