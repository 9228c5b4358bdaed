import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'
import {
  answerDueBy,
  daysWaiting,
  isAnswerOverdue,
  type AssistanceStatus,
  type AssistanceTopic,
} from '@/lib/domain/assistance'
import type { AssistanceQueueFilter } from '@/schemas/assistance'

export type QueueRow = {
  id: string
  municipality: string
  topic: AssistanceTopic
  status: AssistanceStatus
  assignee: string | null
  createdAt: string
  ageDays: number
  /** When staff owe an answer by (null: the member's turn, or closed). */
  dueBy: string | null
  /** Unanswered past 3 working days. */
  overdue: boolean
}

/**
 * The staff queue of assistance requests, the oldest first: open ones by default, or one status, or all.
 * Each row says how old the request is and whether staff have left a member's message unanswered for more
 * than 3 working days.
 */
export async function listAssistanceQueue({
  filter = 'open',
  now = new Date(),
}: { filter?: AssistanceQueueFilter; now?: Date } = {}): Promise<QueueRow[]> {
  await requirePermission('assistance.answer')
  const where =
    filter === 'all' ? {} : filter === 'open' ? { status: { not: 'CLOSED' as const } } : { status: filter }
  const rows = await db.assistanceRequest.findMany({
    where,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: {
      id: true,
      topic: true,
      status: true,
      createdAt: true,
      awaitingStaffSince: true,
      municipality: { select: { name: true, state: true } },
      assignee: { select: { name: true, email: true } },
    },
  })
  return rows.map((r) => ({
    id: r.id,
    municipality: `${r.municipality.name}, ${r.municipality.state}`,
    topic: r.topic,
    status: r.status,
    assignee: r.assignee ? (r.assignee.name ?? r.assignee.email) : null,
    createdAt: r.createdAt.toISOString(),
    ageDays: daysWaiting(r.createdAt, now),
    dueBy: r.awaitingStaffSince ? answerDueBy(r.awaitingStaffSince).toISOString() : null,
    overdue: r.status !== 'CLOSED' && isAnswerOverdue(r.awaitingStaffSince, now),
  }))
}
