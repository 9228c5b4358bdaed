import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { StatusNote } from '@/components/ui/status-note'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listFacilitators } from '@/server/groups/list-facilitators'
import { AccessDenied } from '../../access-denied'
import { GroupForm } from '../group-form'
import { groupOfPage } from '../group-admin-data'
import { GroupNotFound } from '../group-not-found'
import { GroupTabs } from '../group-tabs'

export const metadata: Metadata = { title: 'Edit a group' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, string> = {
  created: 'Group created. It is on the public groups page now; add its meetings next.',
  saved: 'Changes saved.',
}

export default async function EditGroupPage({ params, searchParams }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('group.edit', `/admin/groups/${encodeURIComponent(id)}`)))
    return <AccessDenied staff />
  const group = await groupOfPage(id)
  if (!group) return <GroupNotFound />
  const done = (await searchParams).done
  const banner = typeof done === 'string' ? BANNERS[done] : undefined
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Peer groups', href: '/admin/groups' }, { label: group.name }]} />
      <h1 className="text-3xl">Edit: {group.name}</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <GroupTabs id={group.id} slug={group.slug} />
      <GroupForm id={group.id} defaults={group.values} facilitators={await listFacilitators()} />
      <section aria-labelledby="delete-group" className="mt-10">
        <h2 id="delete-group" className="text-2xl">
          Delete the group
        </h2>
        <p className="mt-2">
          <Link href={`/admin/groups/${group.id}/delete`}>Delete {group.name}</Link>, with its meetings,
          notes, members and documents (you are asked to confirm).
        </p>
      </section>
    </div>
  )
}
