import { campaignMapResponse } from '../campaign-map-response'

// A static folder per campaign, like campaigns/compact-of-mayors; the counts' tags expire this cached route too.
export const revalidate = 3600

export function GET() {
  return campaignMapResponse('compact-of-mayors')
}
