import 'server-only'
import { db } from '@/server/db'
import { recordAudit } from '@/server/audit/record-audit'
import { requireUser } from './require-user'

/** Ends every session of the signed-in user, on every device: sessions begun before now are refused. */
export async function signOutEverywhere(): Promise<void> {
  const user = await requireUser()
  const now = new Date()
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { sessionsValidFrom: now } })
    await tx.session.deleteMany({ where: { userId: user.id } })
    await recordAudit({
      actor: { id: user.id, label: user.email },
      action: 'user.sign-out-everywhere',
      entityType: 'User',
      entityId: user.id,
      after: { sessionsValidFrom: now.toISOString() },
      client: tx,
    })
  })
}
