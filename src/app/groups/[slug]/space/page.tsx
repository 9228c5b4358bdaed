import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound, redirect } from 'next/navigation'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { DataTable } from '@/components/ui/data-table'
import { formatEventSpan } from '@/lib/domain/zoned-time'
import { formatDate, formatNumber } from '@/lib/format'
import { getPublicGroup } from '@/server/groups/get-public-group'
import { readGroupSpace, type GroupMeeting } from '@/server/groups/read-group-space'

// A group's members' space for the signed-in member or staff member of this request: rendered for each request
// (never stored in a shared cache: Next.js answers it "private, no-store").
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: 'Group meetings and documents',
  robots: { index: false, follow: false },
}

type Props = { params: Promise<{ slug: string }> }

const where = (m: GroupMeeting) => (m.place && m.online ? `${m.place}, and online` : (m.place ?? 'Online'))

function Meeting({ m, past }: { m: GroupMeeting; past: boolean }) {
  return (
    <li className="rounded border border-slate-300 p-4">
      <h4 className="text-lg font-semibold">{m.title}</h4>
      <p className="mt-1">
        <time dateTime={m.startsAt.toISOString()}>{formatEventSpan(m.startsAt, m.endsAt, m.timeZone)}</time> ·{' '}
        {where(m)}
      </p>
      {past &&
        (m.notes ? (
          <div className="mt-3 max-w-3xl space-y-3" data-testid="meeting-notes">
            <p className="font-semibold">
              Notes{m.notesPublishedAt ? ` (published ${formatDate(m.notesPublishedAt)})` : ''}
            </p>
            {m.notes.split(/\n{2,}/).map((p, i) => (
              <p key={i} className="whitespace-pre-line">
                {p}
              </p>
            ))}
          </div>
        ) : (
          <p className="mt-3">The notes of this meeting are not published yet.</p>
        ))}
    </li>
  )
}

export default async function GroupSpacePage({ params }: Props) {
  const { slug } = await params
  const group = await getPublicGroup(slug)
  if (!group) notFound()
  const read = await readGroupSpace({ groupId: group.id })
  if (read.access === 'signed-out')
    redirect(`/signin?callbackUrl=${encodeURIComponent(`/groups/${group.slug}/space`)}`)
  const crumbs = (
    <Breadcrumbs
      items={[
        { label: 'Home', href: '/' },
        { label: 'Peer groups and cohorts', href: '/groups' },
        { label: group.name, href: `/groups/${group.slug}` },
        { label: 'For members' },
      ]}
    />
  )
  if (read.access === 'not-member')
    return (
      <div>
        {crumbs}
        <h1 className="text-3xl">{group.name}: for members</h1>
        <p className="mt-4 max-w-3xl">
          The meetings’ notes and the documents of this group are for the officials of its member
          municipalities and the network’s staff. Your municipality can ask to join from the officials’
          portal.
        </p>
        <p className="mt-4">
          <Link href="/portal">Go to the officials’ portal</Link>
        </p>
      </div>
    )
  const { upcoming, past, documents, members } = read.space
  return (
    <div>
      {crumbs}
      <h1 className="text-3xl">{group.name}: for members</h1>
      <p className="mt-4 max-w-3xl">
        For the group’s members and the network’s staff only. Facilitator:{' '}
        {group.facilitator ?? 'to be announced'}.
      </p>
      <section aria-labelledby="meetings" className="mt-8">
        <h2 id="meetings" className="text-2xl">
          Meetings
        </h2>
        <h3 className="mt-6 text-xl">Upcoming</h3>
        {upcoming.length === 0 ? (
          <p className="mt-2">No meeting is planned yet.</p>
        ) : (
          <ul className="mt-2 max-w-3xl space-y-4">
            {upcoming.map((m) => (
              <Meeting key={m.id} m={m} past={false} />
            ))}
          </ul>
        )}
        <h3 className="mt-6 text-xl">Past</h3>
        {past.length === 0 ? (
          <p className="mt-2">No meeting has taken place yet.</p>
        ) : (
          <ul className="mt-2 max-w-3xl space-y-4">
            {past.map((m) => (
              <Meeting key={m.id} m={m} past />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="documents" className="mt-10">
        <h2 id="documents" className="text-2xl">
          Shared documents
        </h2>
        <DataTable
          className="mt-4"
          caption="Documents shared with the group, newest first"
          rows={documents}
          rowKey={(d) => d.id}
          empty="No documents yet."
          columns={[
            {
              header: 'Document',
              rowHeader: true,
              cell: (d) => <a href={`/groups/${group.slug}/documents/${d.id}`}>{d.title}</a>,
            },
            { header: 'File', cell: (d) => `${d.filename}, ${formatNumber(Math.ceil(d.size / 1024))} KB` },
            { header: 'Shared on', cell: (d) => formatDate(d.createdAt) },
          ]}
        />
      </section>
      <section aria-labelledby="member-list" className="mt-10">
        <h2 id="member-list" className="text-2xl">
          Members
        </h2>
        <DataTable
          className="mt-4"
          caption="Member municipalities and their officials"
          rows={members}
          rowKey={(m) => m.slug}
          empty="No members yet."
          columns={[
            {
              header: 'Municipality',
              rowHeader: true,
              cell: (m) => (m.isMember ? <Link href={`/members/${m.slug}`}>{m.name}</Link> : m.name),
            },
            { header: 'State', cell: (m) => m.state },
            {
              header: 'Officials',
              cell: (m) =>
                m.officials.length === 0
                  ? '—'
                  : m.officials.map((o) => (o.title ? `${o.name} (${o.title})` : o.name)).join('; '),
            },
          ]}
        />
      </section>
    </div>
  )
}
