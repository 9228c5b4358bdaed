import { getMunicipalityRecord } from '@/server/open-data/get-municipality-record'
import { respondJson } from '../../_lib/respond'

// Answered on first request, then cached with the member's tag (docs/decisions/0003-caching-by-tag.md).
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

/** One member municipality with its approved pledges, active targets and verified reports. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return respondJson(() => getMunicipalityRecord({ slug }))
}
