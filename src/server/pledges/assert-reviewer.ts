import 'server-only'
import type { Db } from '@/server/db'
import { AppError } from '@/server/errors'

/** The reviewer must be an active ADMIN or MODERATOR, checked against the database at the time of review. */
export async function assertReviewer(client: Pick<Db, 'user'>, reviewer: { id: string }) {
  const user = await client.user.findFirst({
    where: { id: reviewer.id, active: true, role: { in: ['ADMIN', 'MODERATOR'] } },
    select: { id: true, email: true },
  })
  if (!user) throw new AppError('FORBIDDEN')
  return user
}
