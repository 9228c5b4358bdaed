import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { formatNumber } from '@/lib/format'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../../access-denied'
import { groupOfPage } from '../../group-admin-data'
import { GroupNotFound } from '../../group-not-found'
import { DeleteGroupForm } from '../../delete-group-form'

export const metadata: Metadata = { title: 'Delete a group' }

type Props = { params: Promise<{ id: string }> }

/** The confirmation before a group is deleted: what goes with it, and its name to type. */
export default async function DeleteGroupPage({ params }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('group.edit', `/admin/groups/${encodeURIComponent(id)}/delete`)))
    return <AccessDenied staff />
  const group = await groupOfPage(id)
  if (!group) return <GroupNotFound />
  const members = group.values.members.split(/\s+/).filter(Boolean).length
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Peer groups', href: '/admin/groups' },
          { label: group.name, href: `/admin/groups/${group.id}` },
          { label: 'Delete' },
        ]}
      />
      <h1 className="text-3xl">Delete {group.name}?</h1>
      <div className="mt-4 max-w-3xl space-y-4">
        <p>
          This deletes the group for good, with its {formatNumber(group.meetings.length)} meetings and their
          notes, its {formatNumber(group.documents.length)} shared documents and their files, and the
          membership of its {formatNumber(members)} member municipalities. Its public page goes too. It cannot
          be undone.
        </p>
      </div>
      <DeleteGroupForm id={group.id} />
    </div>
  )
}
