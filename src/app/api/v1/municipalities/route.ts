import { listMunicipalityRecords } from '@/server/open-data/list-municipality-records'
import { respondJson } from '../_lib/respond'

/** Member municipalities, with the directory's filters (q, state, campaign, population, stage, overdue, sort, dir, page). */
export function GET(request: Request) {
  return respondJson(() => listMunicipalityRecords({ params: new URL(request.url).searchParams }))
}
