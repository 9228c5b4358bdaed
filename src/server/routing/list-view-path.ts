import 'server-only'
import { directoryParams, parseDirectoryQuery } from '@/schemas/directory'
import { campaignViewParams, parseCampaignView } from '@/schemas/campaign-view'
import { parseSolutionQuery, solutionParams } from '@/schemas/solutions'
import { isCampaignSlug } from '@/server/campaigns/campaign-slugs'
import { canonicalQuery, encodeViewKey } from '@/lib/view-key'

/** Where the internal view routes live (app/%5Fviews): never addressed from outside. */
export const VIEWS_PREFIX = '/_views/'

/**
 * The internal route that renders a filtered public list (the directory, a campaign's signatories, the
 * Solutions Gateway), or null when the address shows the default view (served by the page itself) or is
 * not a list. Unknown or invalid parameters are dropped, as the pages would ignore them, so equivalent
 * addresses share one cached view.
 */
export function listViewPath(pathname: string, search: URLSearchParams): string | null {
  if (pathname === '/members') {
    const canonical = canonicalQuery(directoryParams(parseDirectoryQuery(search)))
    return canonical ? `${VIEWS_PREFIX}members/${encodeViewKey(canonical)}` : null
  }
  if (pathname === '/solutions') {
    const canonical = canonicalQuery(solutionParams(parseSolutionQuery(search)))
    return canonical ? `${VIEWS_PREFIX}solutions/${encodeViewKey(canonical)}` : null
  }
  const campaign = pathname.match(/^\/campaigns\/([a-z0-9-]+)$/)?.[1]
  if (campaign && isCampaignSlug(campaign)) {
    const canonical = canonicalQuery(campaignViewParams(parseCampaignView(search)))
    return canonical ? `${VIEWS_PREFIX}campaigns/${campaign}/${encodeViewKey(canonical)}` : null
  }
  return null
}
