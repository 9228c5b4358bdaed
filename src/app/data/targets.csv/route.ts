import { streamTargetsCsv } from '@/server/open-data/stream-targets-csv'
import { csvResponse } from '../_lib/csv-response'

export const dynamic = 'force-dynamic'

export function GET() {
  return csvResponse(streamTargetsCsv(), 'targets.csv')
}
