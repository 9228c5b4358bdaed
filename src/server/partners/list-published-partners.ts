import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'
import { PARTNER_KIND_CODES, type PartnerKindCode } from '@/schemas/partners'
import { partnerLists } from './partner-fields'

export type PublishedPartner = {
  id: string
  name: string
  summary: string
  helpsWith: string[]
  statesServed: string[]
  website: string | null
}

export type PartnerGroup = { kind: PartnerKindCode; partners: PublishedPartner[] }

async function load(): Promise<PartnerGroup[]> {
  const rows = await db.partner.findMany({
    where: { status: 'PUBLISHED' },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      kind: true,
      summary: true,
      helpsWith: true,
      statesServed: true,
      website: true,
    },
  })
  return PARTNER_KIND_CODES.map((kind) => ({
    kind,
    partners: rows
      .filter((r) => r.kind === kind)
      .map(({ kind: _kind, ...r }) => ({ ...r, ...partnerLists(r) })),
  })).filter((g) => g.partners.length > 0)
}

/** The published entries of the experts and partners directory, grouped by kind in the directory's order. */
export function listPublishedPartners(): Promise<PartnerGroup[]> {
  return unstable_cache(load, ['published-partners'], { tags: [tags.partners], revalidate: 3600 })()
}
