import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

/**
 * The kinds of change in the audit log, for the filter: each group (the part of an action before the
 * dot, e.g. "user") followed by its actions ("user.deactivate", ...). ADMIN.
 */
export async function listAuditKinds(): Promise<string[]> {
  await requirePermission('audit.view')
  const actions = await db.auditLog.findMany({ distinct: ['action'], select: { action: true } })
  const groups = new Set(actions.map((a) => a.action.split('.')[0] ?? a.action))
  const all = new Set([...groups, ...actions.map((a) => a.action).filter((a) => a.includes('.'))])
  return [...all].sort()
}
