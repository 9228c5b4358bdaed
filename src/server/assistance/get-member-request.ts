import 'server-only'
import { db } from '@/server/db'
import { threadAttachment, type ThreadAttachment } from './thread-attachment'
import { AppError } from '@/server/errors'
import { isRecordId } from '@/schemas/id'
import type { AssistanceStatus, AssistanceTopic, ContactPreference } from '@/lib/domain/assistance'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'

export type ThreadMessage = {
  id: string
  fromStaff: boolean
  author: string
  body: string
  attachment: ThreadAttachment | null
  createdAt: string
}

/**
 * One request and its thread as the municipality's officials see it. Staff are named by first name only
 * ("Our staff" when they have none); their addresses are not shown. Another municipality's request: NOT_FOUND.
 */
export async function getMemberRequest({ slug, requestId }: { slug: string; requestId: string }) {
  const municipality = await findPortalMunicipality({ slug })
  if (!isRecordId(requestId)) throw new AppError('NOT_FOUND')
  const r = await db.assistanceRequest.findFirst({
    where: { id: requestId, municipalityId: municipality.id },
    select: {
      id: true,
      topic: true,
      contact: true,
      status: true,
      createdAt: true,
      closedAt: true,
      requester: { select: { name: true, email: true } },
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
  })
  if (!r) throw new AppError('NOT_FOUND')
  return {
    municipality: { id: municipality.id, slug: municipality.slug, name: municipality.name },
    request: {
      id: r.id,
      topic: r.topic as AssistanceTopic,
      contact: r.contact as ContactPreference,
      status: r.status as AssistanceStatus,
      createdAt: r.createdAt.toISOString(),
      closedAt: r.closedAt?.toISOString() ?? null,
      askedBy: r.requester.name ?? r.requester.email,
    },
    messages: r.messages.map((m): ThreadMessage => ({
      id: m.id,
      fromStaff: m.fromStaff,
      author: m.fromStaff
        ? m.author?.name
          ? `${m.author.name.split(' ')[0]} (network staff)`
          : 'Network staff'
        : (m.author?.name ?? m.author?.email ?? 'A former official'),
      body: m.body,
      attachment: threadAttachment(m.id, m.attachment),
      createdAt: m.createdAt.toISOString(),
    })),
  }
}
