import 'server-only'
import { verify } from '@node-rs/argon2'
import { db } from '@/server/db'
import { hashPassword } from './hash-password'
import { isStaffRole, type StaffRole } from './staff-roles'

// One message for every refusal, so the form never tells an attacker which emails have accounts.
export const SIGN_IN_FAILED_MESSAGE =
  'Enter a correct email address and password. After several failed attempts, signing in is paused for 15 minutes.'

export const LOCK_AFTER_FAILURES = 5
export const LOCK_DURATION_MS = 15 * 60_000

export type StaffCredentialsUser = { id: string; email: string; name: string | null; role: StaffRole }
export type StaffCredentialsResult =
  | { ok: true; user: StaffCredentialsUser }
  | { ok: false; reason: 'invalid' | 'locked' | 'inactive'; message: string }

let dummyHash: Promise<string> | undefined

/** How long to refuse attempts after this many failures in a row: growing delays, then the lock. */
export function lockDurationMs(failures: number): number {
  if (failures >= LOCK_AFTER_FAILURES) return LOCK_DURATION_MS
  if (failures < 2) return 0
  return 1000 * 2 ** (failures - 2) // 1 s, 2 s, 4 s
}

async function recordFailure(userId: string, now: Date) {
  const { failedLoginCount } = await db.user.update({
    where: { id: userId },
    data: { failedLoginCount: { increment: 1 } },
    select: { failedLoginCount: true },
  })
  const wait = lockDurationMs(failedLoginCount)
  if (wait > 0) {
    await db.user.update({ where: { id: userId }, data: { lockedUntil: new Date(now.getTime() + wait) } })
  }
}

const refuse = (reason: 'invalid' | 'locked' | 'inactive'): StaffCredentialsResult => ({
  ok: false,
  reason,
  message: SIGN_IN_FAILED_MESSAGE,
})

/**
 * Checks a staff member's email and password. Every path verifies one argon2 hash (a dummy one when
 * the email is unknown), so the answer takes about as long whether or not the account exists.
 * Attempts while locked are refused without counting, so a lock cannot be extended by an attacker.
 */
export async function verifyStaffCredentials({
  email,
  password,
  now = new Date(),
}: {
  email: string
  password: string
  now?: Date
}): Promise<StaffCredentialsResult> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    omit: { passwordHash: false },
  })
  const canUsePassword = user?.passwordHash && isStaffRole(user.role)
  if (!user || !canUsePassword) {
    dummyHash ??= hashPassword('not-a-real-password')
    await verify(await dummyHash, password).catch(() => false)
    return refuse('invalid')
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await verify(user.passwordHash!, password).catch(() => false)
    return refuse('locked')
  }
  const matches = await verify(user.passwordHash!, password).catch(() => false)
  if (!matches) {
    await recordFailure(user.id, now)
    return refuse('invalid')
  }
  if (!user.active) return refuse('inactive')
  if (user.failedLoginCount > 0 || user.lockedUntil) {
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null } })
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role as StaffRole } }
}
