import 'server-only'
import { db } from '@/server/db'
import { requirePermission } from '@/server/auth/require-permission'

export type PledgeTextEditor = {
  campaign: { slug: string; name: string }
  /** The unpublished draft version, if one exists; otherwise the form starts from the current text. */
  draftVersion: number | null
  nextVersion: number
  values: { title: string; preamble: string; commitments: string[] }
}

/** What the pledge text form opens with for a campaign; null for an unknown campaign. */
export async function getPledgeTextEditor({
  campaignSlug,
}: {
  campaignSlug: string
}): Promise<PledgeTextEditor | null> {
  await requirePermission('content.edit')
  const campaign = await db.campaign.findUnique({
    where: { slug: campaignSlug },
    select: {
      slug: true,
      name: true,
      pledgeTexts: {
        orderBy: { version: 'desc' },
        select: {
          version: true,
          title: true,
          preamble: true,
          publishedAt: true,
          commitments: { orderBy: { position: 'asc' }, select: { text: true } },
        },
      },
    },
  })
  if (!campaign) return null
  const newest = campaign.pledgeTexts[0]
  const draft = newest && !newest.publishedAt ? newest : null
  const base = draft ?? campaign.pledgeTexts.find((t) => t.publishedAt) ?? null
  return {
    campaign: { slug: campaign.slug, name: campaign.name },
    draftVersion: draft?.version ?? null,
    nextVersion: draft ? draft.version : (newest?.version ?? 0) + 1,
    values: {
      title: base?.title ?? '',
      preamble: base?.preamble ?? '',
      commitments: base?.commitments.map((c) => c.text) ?? [],
    },
  }
}
