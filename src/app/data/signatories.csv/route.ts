import { streamSignatoriesCsv } from '@/server/open-data/stream-signatories-csv'
import { csvResponse } from '../_lib/csv-response'

export const dynamic = 'force-dynamic'

export function GET() {
  return csvResponse(streamSignatoriesCsv(), 'signatories.csv')
}
