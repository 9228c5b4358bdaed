import { getCrfExport } from '@/server/exports/get-crf-export'
import { respondJson } from '../../../_lib/respond'

// Cached with the member's tag. `?format=csv` is rewritten by the proxy to
// app/%5Fviews/api/crf-csv/[slug] (docs/decisions/0010-cached-list-views.md).
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

/** A member's targets and verified reports in the Common Reporting Framework's fields; ?format=csv for CSV. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return respondJson(() => getCrfExport({ slug }))
}
