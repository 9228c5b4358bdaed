import 'server-only'
import { absoluteUrl } from './api-links'

export type CampaignRecord = {
  slug: string
  name: string
  short_name: string
  tagline: string
  has_compliance_path: boolean
  signatory_count: number
  pledge_text: { version: number; title: string; published_at: string | null } | null
  links: { self: string; page: string; signatories_csv: string }
}

/** The fields every campaign record shares, from a campaign with its latest published pledge text. */
export function campaignRecord(
  c: { slug: string; name: string; shortName: string; tagline: string; hasCompliancePath: boolean },
  signatoryCount: number,
  text: { version: number; title: string; publishedAt: Date | null } | undefined,
): CampaignRecord {
  return {
    slug: c.slug,
    name: c.name,
    short_name: c.shortName,
    tagline: c.tagline,
    has_compliance_path: c.hasCompliancePath,
    signatory_count: signatoryCount,
    pledge_text: text
      ? { version: text.version, title: text.title, published_at: text.publishedAt?.toISOString() ?? null }
      : null,
    links: {
      self: absoluteUrl(`/api/v1/campaigns/${c.slug}`),
      page: absoluteUrl(`/campaigns/${c.slug}`),
      signatories_csv: absoluteUrl('/data/signatories.csv'),
    },
  }
}

export const currentPledgeText = {
  where: { publishedAt: { not: null } },
  orderBy: { version: 'desc' },
  take: 1,
  select: { version: true, title: true, publishedAt: true },
} as const
