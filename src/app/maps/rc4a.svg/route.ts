import { campaignMapResponse } from '../campaign-map-response'

// A static folder per campaign, like campaigns/rc4a; the counts' tags expire this cached route too.
export const revalidate = 3600

export function GET() {
  return campaignMapResponse('rc4a')
}
