// Where a refused form post without JavaScript is sent (src/server/action.ts, src/proxy.ts): /refused, which
// the proxy answers 401 or 403, with the page to come back to after signing in.

export type RefusalReason = 'signed-out' | 'forbidden'

export function refusedPath(reason: RefusalReason, from?: string | null): string {
  const query = new URLSearchParams({ as: reason, ...(reason === 'signed-out' && from ? { from } : {}) })
  return `/refused?${query}`
}
