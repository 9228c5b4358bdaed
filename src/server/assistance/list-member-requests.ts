import 'server-only'
import { db } from '@/server/db'
import type { AssistanceStatus, AssistanceTopic } from '@/lib/domain/assistance'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'

export type MemberRequestRow = {
  id: string
  topic: AssistanceTopic
  status: AssistanceStatus
  question: string
  createdAt: string
  lastActivityAt: string
  askedBy: string
}

/** The portal's help page: the municipality's requests, the latest activity first. Its officials only. */
export async function listMemberRequests({ slug }: { slug: string }) {
  const municipality = await findPortalMunicipality({ slug })
  const rows = await db.assistanceRequest.findMany({
    where: { municipalityId: municipality.id },
    orderBy: [{ lastActivityAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: {
      id: true,
      topic: true,
      status: true,
      question: true,
      createdAt: true,
      lastActivityAt: true,
      requester: { select: { name: true, email: true } },
    },
  })
  const requests: MemberRequestRow[] = rows.map((r) => ({
    id: r.id,
    topic: r.topic,
    status: r.status,
    question: r.question,
    createdAt: r.createdAt.toISOString(),
    lastActivityAt: r.lastActivityAt.toISOString(),
    // Colleagues of one municipality already see each other's addresses on the portal's officials page.
    askedBy: r.requester.name ?? r.requester.email,
  }))
  return { municipality: { id: municipality.id, slug: municipality.slug, name: municipality.name }, requests }
}
