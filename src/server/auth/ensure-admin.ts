import 'server-only'
import { randomBytes } from 'node:crypto'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { hashPassword } from './hash-password'

export const MIN_PASSWORD_LENGTH = 12

export type EnsureAdminResult = { userId: string; created: boolean; generatedPassword: string | null }

/**
 * Creates the user as ADMIN, or promotes and re-activates an existing one, with a new password (a
 * generated one when none is given). Earlier sessions of that user end; the change is audited.
 */
export async function ensureAdmin({
  email,
  password,
  name,
}: {
  email: string
  password?: string
  name?: string
}): Promise<EnsureAdminResult> {
  const normalized = email.trim().toLowerCase()
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalized)) throw new Error(`Not an email address: ${email}`)
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.`)
  }
  const generatedPassword = password === undefined ? randomBytes(15).toString('base64url') : null
  const passwordHash = await hashPassword(password ?? generatedPassword!)
  const now = new Date()
  const access = {
    role: 'ADMIN',
    passwordHash,
    active: true,
    failedLoginCount: 0,
    lockedUntil: null,
  } as const
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { email: normalized },
      select: { id: true, role: true, active: true },
    })
    const user = await tx.user.upsert({
      where: { email: normalized },
      create: { email: normalized, name: name ?? null, emailVerified: now, ...access },
      update: { ...access, sessionsValidFrom: now, ...(name ? { name } : {}) },
      select: { id: true },
    })
    await recordAudit({
      actor: { label: 'system (npm run admin:create)' },
      action: before ? 'user.promote-admin' : 'user.create-admin',
      entityType: 'User',
      entityId: user.id,
      before: before ? { role: before.role, active: before.active } : undefined,
      after: { email: normalized, role: 'ADMIN', active: true },
      client: tx,
    })
    return { userId: user.id, created: !before, generatedPassword }
  })
}
