import type { Metadata } from 'next'
import { DirectoryView, directoryMetadata } from '@/components/members/directory-view'
import { parseDirectoryQuery } from '@/schemas/directory'
import { decodeViewKey } from '@/lib/view-key'

// A filtered view of the member directory, reached only through the proxy's rewrite of /members?<query>
// (docs/decisions/0010-cached-list-views.md): rendered on first request, then cached until its tags expire.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ view: string }> }

const queryOf = async ({ params }: Props) => parseDirectoryQuery(decodeViewKey((await params).view))

export async function generateMetadata(props: Props): Promise<Metadata> {
  return { ...directoryMetadata(await queryOf(props)), robots: { index: false, follow: true } }
}

export default async function MembersViewPage(props: Props) {
  return <DirectoryView query={await queryOf(props)} />
}
