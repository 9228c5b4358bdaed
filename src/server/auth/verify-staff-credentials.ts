import 'server-only'
import { createHash } from 'node:crypto'
import { verify } from '@node-rs/argon2'
import { db } from '@/server/db'
import { countAttempt, isRateLimitSpent, resetRateLimit } from '@/server/rate-limit/consume-rate-limit'
import { RATE_LIMITS } from '@/server/rate-limit/create-rate-limiters'
import { hashPassword } from './hash-password'
import { isStaffRole, type StaffRole } from './staff-roles'

// One message for every refusal, so the form never tells an attacker which emails have accounts.
export const SIGN_IN_FAILED_MESSAGE =
  'Enter a correct email address and password. After several failed attempts, signing in is paused for 15 minutes.'

// A client is locked out of an account after this many failures in a row (rate-limit sign-in:account-ip).
export const LOCK_AFTER_FAILURES = RATE_LIMITS['sign-in:account-ip'].points

export type StaffCredentialsUser = { id: string; email: string; name: string | null; role: StaffRole }
export type StaffCredentialsResult =
  | { ok: true; user: StaffCredentialsUser }
  | { ok: false; reason: 'invalid' | 'locked' | 'inactive'; message: string }

let dummyHash: Promise<string> | undefined
const dummyVerify = async (password: string) => {
  dummyHash ??= hashPassword('not-a-real-password')
  await verify(await dummyHash, password).catch(() => false)
}

const refuse = (reason: 'invalid' | 'locked' | 'inactive'): StaffCredentialsResult => ({
  ok: false,
  reason,
  message: SIGN_IN_FAILED_MESSAGE,
})

/**
 * What failures are counted against: the account's current password (a new password starts afresh, so a
 * reset ends a lock), or the address when there is no such account (counted alike, revealing nothing).
 */
function accountKey(email: string, user: { id: string; passwordHash: string | null } | null) {
  if (!user?.passwordHash) return `email:${email}`
  return `${user.id}:${createHash('sha256').update(user.passwordHash).digest('base64url').slice(0, 16)}`
}

async function isLocked(account: string, ip: string) {
  const [mine, everyone] = await Promise.all([
    isRateLimitSpent('sign-in:account-ip', `${account}|${ip}`),
    isRateLimitSpent('sign-in:account', account),
  ])
  return mine || everyone
}

async function countFailure(account: string, ip: string) {
  await Promise.all([
    countAttempt('sign-in:ip', ip),
    countAttempt('sign-in:account-ip', `${account}|${ip}`),
    countAttempt('sign-in:account', account),
  ])
}

/**
 * Checks a staff member's email and password. Every path that reaches an account verifies one argon2 hash
 * (a dummy one when the email is unknown), so the answer takes about as long whether or not it exists.
 * Failures are counted per client (password spraying: after 20, that client is refused at once), per
 * account and client (after 5, that client is locked out of the account for 15 minutes, while its owner
 * elsewhere still signs in) and per account (after 50 from anywhere in an hour, a slower throttle).
 * Attempts while locked count only against the client, so a lock cannot be extended by an attacker.
 */
export async function verifyStaffCredentials({
  email,
  password,
  ip = 'unknown',
  now = new Date(),
}: {
  email: string
  password: string
  /** The client's address (clientIp); callers without one count as a single client. */
  ip?: string
  now?: Date
}): Promise<StaffCredentialsResult> {
  if (await isRateLimitSpent('sign-in:ip', ip)) return refuse('locked')
  const normalized = email.trim().toLowerCase()
  const user = await db.user.findUnique({ where: { email: normalized }, omit: { passwordHash: false } })
  const account = accountKey(normalized, user)
  const adminLock = !!user?.lockedUntil && user.lockedUntil > now
  if (adminLock || (await isLocked(account, ip))) {
    if (user?.passwordHash) await verify(user.passwordHash, password).catch(() => false)
    else await dummyVerify(password)
    await countAttempt('sign-in:ip', ip)
    return refuse('locked')
  }
  const canUsePassword = user?.passwordHash && isStaffRole(user.role)
  if (!user || !canUsePassword) {
    await dummyVerify(password)
    await countFailure(account, ip)
    return refuse('invalid')
  }
  const matches = await verify(user.passwordHash!, password).catch(() => false)
  if (!matches) {
    await countFailure(account, ip)
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: { increment: 1 } } })
    return refuse('invalid')
  }
  if (!user.active) return refuse('inactive')
  await resetRateLimit('sign-in:account-ip', `${account}|${ip}`)
  if (user.failedLoginCount > 0 || user.lockedUntil) {
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } })
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role as StaffRole } }
}
