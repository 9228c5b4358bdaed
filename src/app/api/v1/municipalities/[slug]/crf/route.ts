import { getCrfExport } from '@/server/exports/get-crf-export'
import { crfCsv } from '@/server/exports/crf-csv'
import { respondJson } from '../../../_lib/respond'

/** A member's targets and verified reports in the Common Reporting Framework's fields; ?format=csv for CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
  if (new URL(request.url).searchParams.get('format') !== 'csv')
    return respondJson(() => getCrfExport({ slug }))
  const crf = await getCrfExport({ slug })
  if (!crf) {
    return new Response('No member municipality has that slug.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  return new Response(crfCsv(crf), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="crf-${slug}.csv"`,
      'Cache-Control': 'public, s-maxage=300, stale-while-revalidate=600',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
