import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { recordAudit } from '@/server/audit/record-audit'
import { lockActiveAdmins } from './lock-active-admins'
import { lastAdminRefusal } from './change-user-role'

/**
 * Deactivates a person (they cannot sign in, and every session they have ends at once) or reactivates
 * them (earlier sessions stay ended). The last active ADMIN cannot be deactivated. ADMIN.
 */
export async function setUserActive({
  userId,
  active,
  now = new Date(),
}: {
  userId: string
  active: boolean
  now?: Date
}) {
  const actor = await requirePermission('user.manage')
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx)
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, role: true, active: true, passwordHash: true },
    })
    if (!user) throw new AppError('NOT_FOUND')
    if (user.active === active) return { changed: false }
    if (active && !user.passwordHash && user.role !== 'OFFICIAL')
      throw new AppError(
        'CONFLICT',
        'This person has not accepted their invitation yet. Invite them again instead.',
        { reason: 'pending' },
      )
    if (!active && user.role === 'ADMIN' && admins.filter((id) => id !== user.id).length === 0)
      throw lastAdminRefusal()
    await tx.user.update({
      where: { id: user.id },
      data: active ? { active: true } : { active: false, sessionsValidFrom: now },
    })
    await recordAudit({
      client: tx,
      actor: { id: actor.id, label: actor.email },
      action: active ? 'user.reactivate' : 'user.deactivate',
      entityType: 'User',
      entityId: user.id,
      before: { email: user.email, active: user.active },
      after: { email: user.email, active, ...(active ? {} : { sessionsValidFrom: now.toISOString() }) },
    })
    return { changed: true }
  })
}
