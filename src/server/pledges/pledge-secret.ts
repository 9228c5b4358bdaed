import 'server-only'
import { createHmac } from 'node:crypto'
import { resolveAuthSecret } from '@/server/auth/resolve-auth-secret'

/** A key derived from AUTH_SECRET for one purpose, so a value signed for one use is void for another. */
export function derivedKey(purpose: 'pledge-draft' | 'pledge-flash' | 'ip-hash'): Buffer {
  return createHmac('sha256', resolveAuthSecret()).update(`leadership-campaigns:${purpose}`).digest()
}

/** IPs are kept only as a keyed hash: enough to spot abuse, useless to anyone who copies the table. */
export function hashIp(ip: string): string {
  return createHmac('sha256', derivedKey('ip-hash')).update(ip).digest('hex').slice(0, 32)
}
