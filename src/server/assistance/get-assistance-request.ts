import 'server-only'
import { db } from '@/server/db'
import { threadAttachment } from './thread-attachment'
import { AppError } from '@/server/errors'
import { isRecordId } from '@/schemas/id'
import { requirePermission } from '@/server/auth/require-permission'
import { rolesWith } from '@/server/auth/permissions'
import { answerDueBy, isAnswerOverdue } from '@/lib/domain/assistance'

/**
 * One request as staff see it: the municipality, the official who asked (with their email: staff only),
 * the thread, and the staff who may be assigned it.
 */
export async function getAssistanceRequest({
  requestId,
  now = new Date(),
}: {
  requestId: string
  now?: Date
}) {
  const me = await requirePermission('assistance.answer')
  if (!isRecordId(requestId)) throw new AppError('NOT_FOUND')
  const [r, staff] = await Promise.all([
    db.assistanceRequest.findUnique({
      where: { id: requestId },
      select: {
        id: true,
        topic: true,
        contact: true,
        status: true,
        createdAt: true,
        firstAnsweredAt: true,
        closedAt: true,
        awaitingStaffSince: true,
        assigneeId: true,
        municipality: { select: { name: true, state: true, slug: true } },
        requester: { select: { name: true, email: true } },
        assignee: { select: { name: true, email: true } },
        messages: {
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: {
            id: true,
            fromStaff: true,
            body: true,
            createdAt: true,
            author: { select: { name: true, email: true } },
            attachment: { select: { filename: true, contentType: true, size: true } },
          },
        },
      },
    }),
    db.user.findMany({
      where: { active: true, role: { in: rolesWith('assistance.answer') } },
      orderBy: [{ name: 'asc' }, { email: 'asc' }],
      select: { id: true, name: true, email: true },
      take: 200,
    }),
  ])
  if (!r) throw new AppError('NOT_FOUND')
  return {
    me: { id: me.id },
    request: {
      id: r.id,
      topic: r.topic,
      contact: r.contact,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
      firstAnsweredAt: r.firstAnsweredAt?.toISOString() ?? null,
      closedAt: r.closedAt?.toISOString() ?? null,
      dueBy: r.awaitingStaffSince ? answerDueBy(r.awaitingStaffSince).toISOString() : null,
      overdue: r.status !== 'CLOSED' && isAnswerOverdue(r.awaitingStaffSince, now),
      assigneeId: r.assigneeId,
      assignee: r.assignee ? (r.assignee.name ?? r.assignee.email) : null,
      municipality: { name: r.municipality.name, state: r.municipality.state, slug: r.municipality.slug },
      requester: { name: r.requester.name, email: r.requester.email },
    },
    messages: r.messages.map((m) => ({
      id: m.id,
      fromStaff: m.fromStaff,
      author: m.author ? (m.author.name ?? m.author.email) : 'A former user',
      body: m.body,
      attachment: threadAttachment(m.id, m.attachment),
      createdAt: m.createdAt.toISOString(),
    })),
    staff: staff.map((s) => ({ id: s.id, label: s.name ? `${s.name} (${s.email})` : s.email })),
  }
}
