import type { CampaignSlug } from '@/server/campaigns/campaign-slugs'

/** The member directory filtered to a state (and to a campaign's signatories): where a map's state links. */
export function directoryStateHref(state: string, campaign?: CampaignSlug): string {
  const search = new URLSearchParams({ state })
  if (campaign) search.set('campaign', campaign)
  return `/members?${search.toString()}`
}
