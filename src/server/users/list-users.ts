import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import { USER_PAGE_SIZE } from '@/schemas/users'

/** Staff and officials with their role and state, staff first, then by email. ADMIN. */
export async function listUsers({ page = 1 }: { page?: number } = {}) {
  await requirePermission('user.manage')
  const [total, rows] = await Promise.all([
    db.user.count(),
    db.user.findMany({
      orderBy: [{ role: 'asc' }, { email: 'asc' }],
      skip: (page - 1) * USER_PAGE_SIZE,
      take: USER_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        name: true,
        role: true,
        active: true,
        passwordHash: true,
        createdAt: true,
        officialOf: { select: { municipality: { select: { slug: true, name: true, state: true } } } },
        emailTokens: {
          where: { purpose: 'INVITATION', usedAt: null },
          select: { expiresAt: true },
          orderBy: { expiresAt: 'desc' },
          take: 1,
        },
      },
    }),
  ])
  const users = rows.map(({ passwordHash, emailTokens, officialOf, ...u }) => ({
    ...u,
    hasPassword: Boolean(passwordHash),
    invitationExpiresAt: emailTokens[0]?.expiresAt ?? null,
    municipalities: officialOf.map((o) => o.municipality),
  }))
  return { total, page, pageCount: Math.max(1, Math.ceil(total / USER_PAGE_SIZE)), users }
}
