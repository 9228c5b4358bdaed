type Headers = Record<string, string | string[] | undefined>
export const MAX_DECLARED_BODY_BYTES: number
export function parseTrustProxyHops(value: string | undefined): number | Error
export type TrustedFacts = { address: string; proto: 'http' | 'https'; host: string | undefined }
export function trustedFacts(options: {
  socket: { remoteAddress?: string; encrypted?: boolean }
  headers: Headers
  hops: number
}): TrustedFacts
export function applyTrustedFacts(headers: Headers, facts: TrustedFacts): void
export function declaresTooLargeBody(headers: Headers, limit?: number): boolean
