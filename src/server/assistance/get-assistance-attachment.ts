import 'server-only'
import { db } from '@/server/db'
import { isRecordId } from '@/schemas/id'
import { can } from '@/server/auth/permissions'
import { getCurrentUser } from '@/server/auth/get-current-user'

/**
 * The file attached to an assistance message, for the two kinds of people who may read the thread: staff
 * who answer requests (`assistance.answer`) and the confirmed officials of the request's municipality. The
 * check is the query's condition; anyone else (signed out, an official of another place, other staff)
 * gets null, which the route answers 404 like a message with no attachment: nobody learns it exists.
 */
export async function getAssistanceAttachment({ messageId }: { messageId: string }) {
  if (!isRecordId(messageId)) return null
  const user = await getCurrentUser()
  if (!user) return null
  const staff = can(user.role, 'assistance.answer')
  if (!staff && user.role !== 'OFFICIAL') return null
  const message = await db.assistanceMessage.findFirst({
    where: {
      id: messageId,
      ...(staff
        ? {}
        : {
            request: {
              municipality: { officials: { some: { userId: user.id, confirmed: true } } },
            },
          }),
    },
    select: {
      attachment: { select: { filename: true, contentType: true, size: true, data: true } },
    },
  })
  return message?.attachment ?? null
}
