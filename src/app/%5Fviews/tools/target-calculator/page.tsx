import type { Metadata } from 'next'
import { TargetCalculator, calculatorMetadata } from '@/components/tools/target-calculator-view'
import type { SearchParams } from '@/schemas/search-params'
import { computeTargetCalculator } from '@/server/tools/compute-target-calculator'

// The target calculator with figures to correct, reached only through the proxy's rewrite, which answers it with
// status 400 and gives it its nonce: rendered for each request, as a cached copy would lose the status.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { ...calculatorMetadata, robots: { index: false, follow: true } }

export default async function TargetCalculatorToCorrect({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  return <TargetCalculator view={await computeTargetCalculator({ params: await searchParams })} />
}
