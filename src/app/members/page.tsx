import { DirectoryView, directoryMetadata } from '@/components/members/directory-view'
import { parseDirectoryQuery } from '@/schemas/directory'

// The default view, rendered once and served from the cache until a member changes (tags). Filtered views
// (/members?q=...) are rewritten by the proxy to app/%5Fviews/members/[view] and cached the same way.
export const revalidate = 3600

const query = parseDirectoryQuery({})

export const metadata = directoryMetadata(query)

export default function MembersPage() {
  return <DirectoryView query={query} />
}
