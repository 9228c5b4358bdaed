import { campaignMapResponse } from '../../campaign-map-response'

// The campaign page's clickable map (an iframe, decision 0026); the counts' tags expire this cached route too.
export const revalidate = 3600

export function GET() {
  return campaignMapResponse('rc4a', { linked: true })
}
