import Link from 'next/link'
import { STATES } from '@/lib/domain/states'
import { formatDate } from '@/lib/format'
import { GROUP_KINDS, groupTopicLabel } from '@/schemas/groups'
import type { PublicGroup } from '@/server/groups/list-public-groups'

export const statesLabel = (codes: string[]) =>
  codes.length === 0 ? 'All states' : codes.map((c) => (STATES as Record<string, string>)[c] ?? c).join(', ')

/** A group's public facts: kind, topic, states, dates, facilitator. */
export function GroupFacts({ group }: { group: PublicGroup }) {
  const topic = groupTopicLabel(group.topic)
  return (
    <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="font-semibold">Kind</dt>
      <dd>{GROUP_KINDS[group.kind]}</dd>
      {topic && (
        <>
          <dt className="font-semibold">Topic</dt>
          <dd>{topic}</dd>
        </>
      )}
      <dt className="font-semibold">States</dt>
      <dd>{statesLabel(group.states)}</dd>
      <dt className="font-semibold">Dates</dt>
      <dd>
        <time dateTime={group.startsOn.toISOString().slice(0, 10)}>{formatDate(group.startsOn)}</time> to{' '}
        <time dateTime={group.endsOn.toISOString().slice(0, 10)}>{formatDate(group.endsOn)}</time>
      </dd>
      <dt className="font-semibold">Facilitator</dt>
      <dd>{group.facilitator ?? 'To be announced'}</dd>
    </dl>
  )
}

/** The member municipalities, each linked to its public profile. */
export function GroupMemberList({ members }: { members: PublicGroup['members'] }) {
  if (members.length === 0) return <p className="mt-4">No members yet.</p>
  return (
    <ul className="mt-4 grid list-disc gap-x-8 gap-y-1 pl-6 sm:grid-cols-2" data-testid="group-members">
      {members.map((m) => (
        <li key={m.slug}>
          {m.isMember ? <Link href={`/members/${m.slug}`}>{m.name}</Link> : m.name}, {m.state}
        </li>
      ))}
    </ul>
  )
}
