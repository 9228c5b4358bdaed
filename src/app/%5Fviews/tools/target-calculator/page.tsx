import type { Metadata } from 'next'
import { TargetCalculator, calculatorMetadata } from '@/components/tools/target-calculator-view'
import type { SearchParams } from '@/schemas/search-params'
import { computeTargetCalculator } from '@/server/tools/compute-target-calculator'

// A computed view of the target calculator, reached only through the proxy's rewrite of
// /tools/target-calculator?<query>, which also sets the status (400 for input to correct) and the page's nonce.
// Rendered for each request: the path is cheap pure computation and the member's figures come from cached,
// tagged reads; caching every combination of figures would only crowd the page cache (docs/ARCHITECTURE.md).
export const dynamic = 'force-dynamic'

export const metadata: Metadata = { ...calculatorMetadata, robots: { index: false, follow: true } }

export default async function TargetCalculatorViewPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>
}) {
  return <TargetCalculator view={await computeTargetCalculator({ params: await searchParams })} />
}
