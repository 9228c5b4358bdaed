import Link from 'next/link'

/** Links between a group's admin pages and its public page. */
export function GroupTabs({ id, slug }: { id: string; slug: string }) {
  return (
    <nav aria-label="This group" className="mt-4">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/admin/groups/${id}`}>Details and members</Link>
        </li>
        <li>
          <Link href={`/admin/groups/${id}/meetings`}>Meetings and notes</Link>
        </li>
        <li>
          <Link href={`/admin/groups/${id}/documents`}>Documents</Link>
        </li>
        <li>
          <Link href={`/groups/${slug}`}>Public page</Link>
        </li>
      </ul>
    </nav>
  )
}
