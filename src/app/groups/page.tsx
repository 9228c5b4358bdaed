import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { statesLabel } from '@/components/groups/group-facts'
import { formatDate } from '@/lib/format'
import { GROUP_KINDS, groupTopicLabel } from '@/schemas/groups'
import { listPublicGroups, type PublicGroup } from '@/server/groups/list-public-groups'

// Cached and served as it is until the tag `groups` expires (a group saved or a member approved).
export const revalidate = 3600

export const metadata: Metadata = {
  title: 'Peer groups and topic cohorts',
  description:
    'Regional peer groups and topic cohorts where officials of member municipalities learn from each other.',
  alternates: { canonical: '/groups' },
}

function GroupCard({ g }: { g: PublicGroup }) {
  const topic = groupTopicLabel(g.topic)
  return (
    <li className="rounded border border-slate-300 p-4">
      <h3 className="text-xl">
        <Link href={`/groups/${g.slug}`}>{g.name}</Link>
      </h3>
      <p className="mt-1 text-slate-700">
        {GROUP_KINDS[g.kind]}
        {topic ? ` · ${topic}` : ''} · {statesLabel(g.states)}
      </p>
      <p className="mt-2">{g.summary}</p>
      <p className="mt-2 text-slate-700">
        {formatDate(g.startsOn)} to {formatDate(g.endsOn)} · {g.members.length}{' '}
        {g.members.length === 1 ? 'member' : 'members'}
      </p>
    </li>
  )
}

export default async function GroupsPage() {
  const groups = await listPublicGroups()
  const today = new Date(new Date().toISOString().slice(0, 10))
  const current = groups.filter((g) => g.endsOn >= today)
  const past = groups.filter((g) => g.endsOn < today)
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Peer groups and cohorts' }]} />
      <h1 className="text-3xl">Peer groups and topic cohorts</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Officials of member municipalities meet in regional peer groups and topic cohorts to learn from each
        other, with a facilitator from the network. Members ask to join from the officials’ portal; their
        meetings’ notes and documents are for the group’s members.
      </p>
      <section aria-labelledby="current" className="mt-8">
        <h2 id="current" className="text-2xl">
          Current groups
        </h2>
        {current.length === 0 ? (
          <p className="mt-4">No group is running at the moment.</p>
        ) : (
          <ul className="mt-4 max-w-3xl space-y-4">
            {current.map((g) => (
              <GroupCard key={g.id} g={g} />
            ))}
          </ul>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past" className="mt-10">
          <h2 id="past" className="text-2xl">
            Past groups
          </h2>
          <ul className="mt-4 max-w-3xl space-y-4">
            {past.map((g) => (
              <GroupCard key={g.id} g={g} />
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
