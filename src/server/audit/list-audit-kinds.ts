import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

/** The kinds of change in the audit log (the part of each action before the dot), for the filter. ADMIN. */
export async function listAuditKinds(): Promise<string[]> {
  await requirePermission('audit.view')
  const actions = await db.auditLog.findMany({ distinct: ['action'], select: { action: true } })
  return [...new Set(actions.map((a) => a.action.split('.')[0] ?? a.action))].sort()
}
