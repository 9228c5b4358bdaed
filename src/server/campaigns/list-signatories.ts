import 'server-only'
import { unstable_cache } from 'next/cache'
import { db } from '@/server/db'
import { tags } from '@/server/cache-tags'

export const SIGNATORIES_PAGE_SIZE = 25

export type Signatory = {
  municipalitySlug: string
  municipalityName: string
  state: string
  signatoryTitle: string
  /** ISO date the commitment was approved (falls back to the signing date). */
  committedAt: string
}

export type SignatoryPage = {
  items: Signatory[]
  total: number
  page: number
  pageCount: number
  pageSize: number
}

type Options = { campaignSlug: string; state?: string; page?: number; pageSize?: number }

async function load(
  campaignSlug: string,
  state: string | null,
  page: number,
  pageSize: number,
): Promise<SignatoryPage> {
  const where = {
    status: 'APPROVED' as const,
    campaign: { slug: campaignSlug },
    ...(state ? { municipality: { state } } : {}),
  }
  const total = await db.pledge.count({ where })
  const pageCount = Math.max(1, Math.ceil(total / pageSize))
  // A page past the end shows the last page rather than an empty list.
  const current = Math.min(Math.max(1, page), pageCount)
  const rows = await db.pledge.findMany({
    where,
    orderBy: [{ municipality: { searchName: 'asc' } }, { municipality: { state: 'asc' } }, { id: 'asc' }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: {
      signatoryTitle: true,
      signedAt: true,
      commitmentDate: true,
      municipality: { select: { slug: true, name: true, state: true } },
    },
  })
  return {
    items: rows.map((r) => ({
      municipalitySlug: r.municipality.slug,
      municipalityName: r.municipality.name,
      state: r.municipality.state,
      signatoryTitle: r.signatoryTitle,
      committedAt: (r.commitmentDate ?? r.signedAt).toISOString(),
    })),
    total,
    page: current,
    pageCount,
    pageSize,
  }
}

/** One page of a campaign's approved signatories in name order, optionally in one state. */
export function listSignatories({
  campaignSlug,
  state,
  page = 1,
  pageSize = SIGNATORIES_PAGE_SIZE,
}: Options): Promise<SignatoryPage> {
  const s = state || null
  return unstable_cache(
    () => load(campaignSlug, s, page, pageSize),
    ['signatories', campaignSlug, s ?? '', String(page), String(pageSize)],
    { tags: [tags.campaign(campaignSlug), tags.campaigns], revalidate: 3600 },
  )()
}
