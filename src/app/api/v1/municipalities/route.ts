import { listMunicipalityRecords } from '@/server/open-data/list-municipality-records'
import { respondJson } from '../_lib/respond'

// The first page without filters: static, cached with the directory's tags. A request with filters
// (q, state, campaign, population, stage, overdue, sort, dir, page) is rewritten by the proxy to
// app/%5Fviews/api/municipalities/[view], cached the same way (docs/decisions/0010-cached-list-views.md).
export const revalidate = 3600

/** Member municipalities, with the directory's filters. */
export function GET() {
  return respondJson(() => listMunicipalityRecords({ params: new URLSearchParams() }))
}
