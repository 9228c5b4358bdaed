import { SolutionsView, solutionsMetadata } from '@/components/solutions/solutions-view'
import { parseSolutionQuery } from '@/schemas/solutions'

// The default view, rendered once and served from the cache until a solution changes (tags). Filtered views
// (/solutions?q=...) are rewritten by the proxy to app/%5Fviews/solutions/[view] and cached the same way
// (docs/decisions/0010-cached-list-views.md).
export const revalidate = 3600

const query = parseSolutionQuery({})

export const metadata = solutionsMetadata()

export default function SolutionsPage() {
  return <SolutionsView query={query} />
}
