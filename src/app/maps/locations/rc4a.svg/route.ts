import { campaignLocationsResponse } from '../../campaign-map-response'

// Where the campaign's signatories are; expired by the member and campaign tags of its query.
export const revalidate = 3600

export function GET() {
  return campaignLocationsResponse('rc4a')
}
