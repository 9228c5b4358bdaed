import { isStateCode } from '@/lib/domain/states'

/** A campaign page's signatory list: filtered by state, paginated. */
export type CampaignView = { state: string | undefined; page: number }

export const DEFAULT_CAMPAIGN_VIEW: CampaignView = { state: undefined, page: 1 }

const first = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v[0] : (v ?? undefined))

/** Unknown states are ignored and page numbers clamped, so a hand-edited URL still shows a list. */
export function parseCampaignView(
  params: Record<string, string | string[] | undefined> | URLSearchParams,
): CampaignView {
  const get = (key: string) => (params instanceof URLSearchParams ? params.get(key) : first(params[key]))
  const state = get('state')?.toUpperCase()
  const page = Number.parseInt(get('page') ?? '1', 10)
  return {
    state: state && isStateCode(state) ? state : undefined,
    page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  }
}

/** The query parameters that express a view, defaults left out. */
export function campaignViewParams(view: CampaignView): Record<string, string | undefined> {
  return { state: view.state, page: view.page > 1 ? String(view.page) : undefined }
}
