import { ResourcesView, resourcesMetadata } from '@/components/resources/resources-view'
import { parseResourceQuery } from '@/schemas/resource-query'

// The default view, rendered once and served from the cache until an entry changes (tag `resources`).
// Filtered views (/resources?q=...) are rewritten by the proxy to app/%5Fviews/resources/[view] and cached
// the same way (docs/decisions/0010-cached-list-views.md).
export const revalidate = 3600

const query = parseResourceQuery({})

export const metadata = resourcesMetadata()

export default function ResourcesPage() {
  return <ResourcesView query={query} />
}
