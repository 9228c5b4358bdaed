import 'server-only'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { derivedKey } from './pledge-secret'

type Purpose = 'pledge-draft' | 'pledge-flash'

function sign(purpose: Purpose, payload: string) {
  return createHmac('sha256', derivedKey(purpose)).update(payload).digest('base64url')
}

/** JSON with its issue time and an HMAC for one purpose, as a cookie-safe string. */
export function sealValue(purpose: Purpose, data: object, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ ...data, iat: now })).toString('base64url')
  return `${payload}.${sign(purpose, payload)}`
}

/** The data sealed for this purpose, or null when the value is missing, forged or older than maxAgeMs. */
export function openValue(purpose: Purpose, value: string | undefined, maxAgeMs: number): object | null {
  const [payload, mac] = value?.split('.') ?? []
  if (!payload || !mac) return null
  const expected = Buffer.from(sign(purpose, payload))
  const given = Buffer.from(mac)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const { iat, ...data } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    return typeof iat === 'number' && Date.now() - iat < maxAgeMs ? data : null
  } catch {
    return null
  }
}
