import type { Db } from '@/server/db'
import { CAMPAIGNS } from './campaign-texts'
import type { Log } from './util'

export type SeededCampaign = {
  id: string
  slug: string
  texts: { id: string; version: number; publishedAt: Date }[]
}

/** Creates the two campaigns and their pledge texts if absent; a published text is never edited. */
export async function seedCampaigns({ db, log }: { db: Db; log: Log }): Promise<SeededCampaign[]> {
  const out: SeededCampaign[] = []
  for (const { texts, ...fields } of CAMPAIGNS) {
    const campaign = await db.campaign.upsert({ where: { slug: fields.slug }, create: fields, update: {} })
    for (const t of texts) {
      const key = { campaignId_version: { campaignId: campaign.id, version: t.version } }
      if (await db.pledgeText.findUnique({ where: key, select: { id: true } })) continue
      await db.pledgeText.create({
        data: {
          campaignId: campaign.id,
          version: t.version,
          title: t.title,
          preamble: t.preamble,
          publishedAt: new Date(t.publishedAt),
          commitments: { create: t.commitments.map((text, i) => ({ position: i + 1, text })) },
        },
      })
      log(`campaigns: ${fields.slug} pledge text v${t.version} created`)
    }
    const stored = await db.pledgeText.findMany({
      where: { campaignId: campaign.id },
      select: { id: true, version: true, publishedAt: true },
      orderBy: { version: 'asc' },
    })
    out.push({
      id: campaign.id,
      slug: campaign.slug,
      texts: stored.map((t) => ({ id: t.id, version: t.version, publishedAt: t.publishedAt ?? new Date(0) })),
    })
  }
  log(`campaigns: ${out.map((c) => c.slug).join(', ')}`)
  return out
}
