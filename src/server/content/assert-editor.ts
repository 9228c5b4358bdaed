import 'server-only'
import type { Db } from '@/server/db'
import { AppError } from '@/server/errors'
import { permissions } from '@/server/auth/permissions'

/**
 * The editor must be an active user whose role allows `action`, checked against the database inside the
 * transaction that makes the change (the session may be older than a demotion).
 */
export async function assertEditor(
  client: Pick<Db, 'user'>,
  editor: { id: string },
  action:
    | 'content.edit'
    | 'solution.edit'
    | 'partner.edit'
    | 'resource.edit'
    | 'event.edit'
    | 'group.edit' = 'content.edit',
) {
  const user = await client.user.findFirst({
    where: { id: editor.id, active: true, role: { in: ['ADMIN', ...permissions[action]] } },
    select: { id: true, email: true },
  })
  if (!user) throw new AppError('FORBIDDEN')
  return user
}
