import type { Metadata } from 'next'
import { TargetCalculator, calculatorMetadata } from '@/components/tools/target-calculator-view'
import { decodeViewKey } from '@/lib/view-key'
import { computeTargetCalculator } from '@/server/tools/compute-target-calculator'

// A view of the target calculator (a type chosen, a path computed, a member compared), reached only through the
// proxy's rewrite of /tools/target-calculator?<query> (decision 0010): rendered on first request, then cached until
// its tags expire (the compared member's `municipality:<slug>`, when a report of it is verified; `members` for a
// name search).
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export const metadata: Metadata = { ...calculatorMetadata, robots: { index: false, follow: true } }

export default async function TargetCalculatorView({ params }: { params: Promise<{ view: string }> }) {
  return (
    <TargetCalculator view={await computeTargetCalculator({ params: decodeViewKey((await params).view) })} />
  )
}
