import { PUBLIC_DATA_CACHE_CONTROL } from '@/server/http/cache-control'
import { getCrfExport } from '@/server/exports/get-crf-export'
import { crfCsv } from '@/server/exports/crf-csv'

// /api/v1/municipalities/<slug>/crf?format=csv, reached only through the proxy's rewrite (decision 0010),
// cached with the member's tag.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params
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
      'Cache-Control': PUBLIC_DATA_CACHE_CONTROL,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
