import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { formatEventSpan } from '@/lib/domain/zoned-time'
import { formatDate } from '@/lib/format'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../../access-denied'
import { groupOfPage } from '../../group-admin-data'
import { GroupNotFound } from '../../group-not-found'
import { GroupTabs } from '../../group-tabs'
import { MeetingForm } from '../../meeting-form'

export const metadata: Metadata = { title: 'Group meetings' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, string> = {
  meeting: 'Meeting added. The group’s members see it in the group’s space now.',
  notes: 'Notes published. The group’s members can read them now.',
  'meeting-saved': 'Meeting changed. The group’s members see the change in the group’s space now.',
  'meeting-deleted': 'Meeting deleted, with its notes.',
}

export default async function GroupMeetingsPage({ params, searchParams }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('group.edit', `/admin/groups/${encodeURIComponent(id)}/meetings`)))
    return <AccessDenied staff />
  const group = await groupOfPage(id)
  if (!group) return <GroupNotFound />
  const done = (await searchParams).done
  const banner = typeof done === 'string' ? BANNERS[done] : undefined
  const now = new Date()
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Peer groups', href: '/admin/groups' },
          { label: group.name, href: `/admin/groups/${group.id}` },
          { label: 'Meetings' },
        ]}
      />
      <h1 className="text-3xl">Meetings of {group.name}</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <GroupTabs id={group.id} slug={group.slug} />
      <DataTable
        className="mt-6"
        caption="Meetings, earliest first"
        rows={group.meetings}
        rowKey={(m) => m.id}
        empty="No meetings yet."
        columns={[
          { header: 'Meeting', rowHeader: true, cell: (m) => m.title },
          { header: 'When', cell: (m) => formatEventSpan(m.startsAt, m.endsAt, m.timeZone) },
          {
            header: 'Notes',
            cell: (m) =>
              m.startsAt > now ? (
                'After the meeting'
              ) : (
                <Link href={`/admin/groups/${group.id}/meetings/${m.id}`}>
                  {m.notesPublishedAt ? `Published ${formatDate(m.notesPublishedAt)}: edit` : 'Publish notes'}
                  <span className="sr-only"> for {m.title}</span>
                </Link>
              ),
          },
          {
            header: 'Change',
            cell: (m) => (
              <Link href={`/admin/groups/${group.id}/meetings/${m.id}#change`}>
                Change or delete<span className="sr-only"> {m.title}</span>
              </Link>
            ),
          },
        ]}
      />
      <section aria-labelledby="add-meeting" className="mt-10">
        <h2 id="add-meeting" className="text-2xl">
          Add a meeting
        </h2>
        <MeetingForm groupId={group.id} />
      </section>
    </div>
  )
}
