import { TargetCalculator, calculatorMetadata } from '@/components/tools/target-calculator-view'
import { computeTargetCalculator } from '@/server/tools/compute-target-calculator'

// The empty calculator is a static page. An address with a query (a type chosen, figures sent) is rewritten by the
// proxy to app/%5Fviews/tools/target-calculator, rendered for each request (docs/ARCHITECTURE.md).

export const metadata = calculatorMetadata

export default async function TargetCalculatorPage() {
  return <TargetCalculator view={await computeTargetCalculator({ params: {} })} />
}
