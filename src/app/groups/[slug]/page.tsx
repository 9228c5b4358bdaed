import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { GroupFacts, GroupMemberList } from '@/components/groups/group-facts'
import { getPublicGroup } from '@/server/groups/get-public-group'

export const revalidate = 3600

// Rendered on first request, then served from the cache until the tag `group:<slug>` expires (staff save the
// group or approve a member). The same page for everyone: notes and documents are in /groups/<slug>/space.
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const group = await getPublicGroup((await params).slug)
  if (!group) return { title: 'Group not found' }
  return { title: group.name, description: group.summary, alternates: { canonical: `/groups/${group.slug}` } }
}

export default async function GroupPage({ params }: Props) {
  const group = await getPublicGroup((await params).slug)
  if (!group) notFound()
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Peer groups and cohorts', href: '/groups' },
          { label: group.name },
        ]}
      />
      <h1 className="text-3xl">{group.name}</h1>
      <p className="mt-4 max-w-3xl text-lg">{group.summary}</p>
      <GroupFacts group={group} />
      <div className="mt-6 max-w-3xl space-y-4">
        {group.description.split(/\n{2,}/).map((p, i) => (
          <p key={i} className="whitespace-pre-line">
            {p}
          </p>
        ))}
      </div>
      <section aria-labelledby="members" className="mt-10">
        <h2 id="members" className="text-2xl">
          Member municipalities ({group.members.length})
        </h2>
        <GroupMemberList members={group.members} />
      </section>
      <section aria-labelledby="for-members" className="mt-10">
        <h2 id="for-members" className="text-2xl">
          Meetings and documents
        </h2>
        <p className="mt-4 max-w-3xl">
          The group has {group.meetingCount} {group.meetingCount === 1 ? 'meeting' : 'meetings'} planned or
          held. Their notes and the group’s documents are for its members and the network’s staff.
        </p>
        <p className="mt-4">
          <Link href={`/groups/${group.slug}/space`} className="font-semibold">
            Meetings, notes and documents for members
          </Link>
        </p>
        <p className="mt-4 max-w-3xl">
          Officials of member municipalities can ask to join from the officials’ portal.
        </p>
      </section>
    </div>
  )
}
