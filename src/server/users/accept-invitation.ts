import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { hashPassword } from '@/server/auth/hash-password'
import { isStaffRole, type UserRole } from '@/server/auth/staff-roles'
import { hashToken } from '@/server/tokens/hash-token'
import { checkInvitation } from '@/server/tokens/check-invitation'

export type AcceptInvitationResult =
  { ok: true; role: UserRole } | { ok: false; state: 'expired' | 'used' | 'invalid' | 'password-required' }

/**
 * Accepts an invitation: the link is spent atomically (of two uses one wins), the account becomes
 * active and its email verified; staff set their password (argon2id) here, officials sign in by email.
 */
export async function acceptInvitation({
  token,
  password,
  now = new Date(),
}: {
  token: string
  password?: string
  now?: Date
}): Promise<AcceptInvitationResult> {
  const current = await checkInvitation({ token, now })
  if (current.state !== 'valid') return { ok: false, state: current.state }
  const staff = isStaffRole(current.role)
  if (staff && !password) return { ok: false, state: 'password-required' }
  const passwordHash = staff ? await hashPassword(password!) : null
  const tokenHash = hashToken(token)
  const role = await db.$transaction(async (tx) => {
    const { count } = await tx.emailToken.updateMany({
      where: {
        tokenHash,
        purpose: 'INVITATION',
        usedAt: null,
        expiresAt: { gt: now },
        userId: { not: null },
      },
      data: { usedAt: now },
    })
    if (count !== 1) return null
    const { userId } = await tx.emailToken.findUniqueOrThrow({
      where: { tokenHash },
      select: { userId: true },
    })
    const user = await tx.user.update({
      where: { id: userId! },
      data: {
        active: true,
        emailVerified: now,
        failedLoginCount: 0,
        lockedUntil: null,
        ...(passwordHash ? { passwordHash } : {}),
      },
      select: { id: true, email: true, role: true },
    })
    await recordAudit({
      client: tx,
      actor: { id: user.id, label: user.email },
      action: 'user.accept-invitation',
      entityType: 'User',
      entityId: user.id,
      before: { active: false },
      after: { active: true, role: user.role },
    })
    return user.role
  })
  if (role) return { ok: true, role }
  const after = await checkInvitation({ token, now })
  return { ok: false, state: after.state === 'valid' ? 'used' : after.state }
}
