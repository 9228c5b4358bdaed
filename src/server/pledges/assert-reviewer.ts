import 'server-only'
import type { Db } from '@/server/db'
import { rolesWith, type Permission } from '@/server/auth/permissions'
import { AppError } from '@/server/errors'

/** The reviewer must be active and hold the permission, checked against the database at the time of review. */
export async function assertReviewer(
  client: Pick<Db, 'user'>,
  reviewer: { id: string },
  permission: Extract<Permission, 'pledge.review' | 'report.verify' | 'assistance.answer'>,
) {
  const user = await client.user.findFirst({
    where: { id: reviewer.id, active: true, role: { in: rolesWith(permission) } },
    select: { id: true, email: true },
  })
  if (!user) throw new AppError('FORBIDDEN')
  return user
}
