import { getMunicipalityRecord } from '@/server/open-data/get-municipality-record'
import { respondJson } from '../../_lib/respond'

/** One member municipality with its approved pledges, active targets and verified reports. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  return respondJson(() => getMunicipalityRecord({ slug }))
}
