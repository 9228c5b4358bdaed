import 'server-only'
import type { Prisma } from '@/server/generated/sqlite/client'
import type { SessionUser } from '@/server/auth/find-session-user'

/**
 * The municipalities a portal user may act on, as a query condition (STYLE.md convention 2): those
 * they are a confirmed official of; every one for an ADMIN. A municipality outside it is NOT_FOUND.
 */
export function officialScope(user: SessionUser): Prisma.MunicipalityWhereInput {
  if (user.role === 'ADMIN') return {}
  return { officials: { some: { userId: user.id, confirmed: true } } }
}
