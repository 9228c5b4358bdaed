import 'server-only'
import { db } from '@/server/db'
import { AppError } from '@/server/errors'
import { requirePermission } from '@/server/auth/require-permission'
import { recordAudit } from '@/server/audit/record-audit'
import type { StaffRole } from '@/server/auth/staff-roles'
import { isStaffRole } from '@/server/auth/staff-roles'
import { lockActiveAdmins } from './lock-active-admins'

export const LAST_ADMIN_MESSAGE =
  'This is the last active administrator. Make someone else an administrator first.'

/** The refusal when a change would leave no active administrator. */
export const lastAdminRefusal = () => new AppError('CONFLICT', LAST_ADMIN_MESSAGE, { reason: 'last-admin' })

/**
 * Gives a staff member another staff role. The last active ADMIN cannot be demoted: the active admins
 * are locked in the transaction, so two admins demoting each other at once cannot leave none. ADMIN.
 */
export async function changeUserRole({ userId, role }: { userId: string; role: StaffRole }) {
  const actor = await requirePermission('user.manage')
  return db.$transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx)
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, role: true, active: true },
    })
    if (!user) throw new AppError('NOT_FOUND')
    if (!isStaffRole(user.role))
      throw new AppError(
        'CONFLICT',
        'Officials keep the official role; invite them as staff with another address.',
        { reason: 'not-staff' },
      )
    if (user.role === role) return { changed: false }
    if (user.role === 'ADMIN' && user.active && admins.filter((id) => id !== user.id).length === 0)
      throw lastAdminRefusal()
    await tx.user.update({ where: { id: user.id }, data: { role } })
    await recordAudit({
      client: tx,
      actor: { id: actor.id, label: actor.email },
      action: 'user.change-role',
      entityType: 'User',
      entityId: user.id,
      before: { email: user.email, role: user.role },
      after: { email: user.email, role },
    })
    return { changed: true }
  })
}
