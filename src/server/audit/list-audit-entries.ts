import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { AUDIT_PAGE_SIZE, type AuditFilter } from '@/schemas/audit'
import { AUDIT_ENTITY_NOUNS, auditActionWords } from './audit-wording'
import { auditItemKey, resolveAuditItems, type AuditItem } from './resolve-audit-items'

export type AuditEntry = {
  id: string
  actorLabel: string
  action: string
  entityType: string
  entityId: string
  before: string | null
  after: string | null
  createdAt: string
  /** What was done, in words ("Published the page"). */
  words: string
  /** The item's title and where to see it; null once the item is deleted. */
  item: AuditItem | null
  /** What the item is called when it is gone ("a page"). */
  noun: string
  /** The acting account (null for the public, the system, or an account since removed). */
  actor: { name: string | null; email: string } | null
}

const DAY_MS = 24 * 60 * 60 * 1000

function whereFor({ person, kind, from, to }: Omit<AuditFilter, 'page'>) {
  const createdAt = {
    ...(from ? { gte: new Date(`${from}T00:00:00Z`) } : {}),
    // "to" is a whole day, inclusive.
    ...(to ? { lt: new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS) } : {}),
  }
  return {
    ...(person
      ? {
          // PostgreSQL compares case-sensitively: labels are mostly emails (lower case), names as typed.
          OR: [
            { actorLabel: { contains: person } },
            { actorLabel: { contains: person.toLowerCase() } },
            { actor: { is: { email: { contains: person.toLowerCase() } } } },
            { actor: { is: { name: { contains: person } } } },
          ],
        }
      : {}),
    // A kind is a prefix ("user": every change to people) or one action ("user.deactivate").
    ...(kind ? { action: kind.includes('.') ? kind : { startsWith: `${kind}.` } } : {}),
    ...(from || to ? { createdAt } : {}),
  }
}

/** The audit log, newest first, filtered by person, kind (the action's prefix) and UTC dates. ADMIN. */
export async function listAuditEntries({ page = 1, ...filter }: AuditFilter) {
  await requirePermission('audit.view')
  const where = whereFor(filter)
  const [total, rows] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        actorLabel: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        createdAt: true,
        actor: { select: { name: true, email: true } },
      },
    }),
  ])
  const items = await resolveAuditItems(rows)
  const entries: AuditEntry[] = rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    words: auditActionWords(r.action),
    item: items.get(auditItemKey(r.entityType, r.entityId)) ?? null,
    noun: AUDIT_ENTITY_NOUNS[r.entityType] ?? r.entityType,
  }))
  return { total, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries }
}
