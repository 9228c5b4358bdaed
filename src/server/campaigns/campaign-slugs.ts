// The campaigns the site knows; their pages are generated at build time.
export const CAMPAIGN_SLUGS = ['rc4a', 'compact-of-mayors'] as const

export type CampaignSlug = (typeof CAMPAIGN_SLUGS)[number]

export function isCampaignSlug(v: string): v is CampaignSlug {
  return (CAMPAIGN_SLUGS as readonly string[]).includes(v)
}
