import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { StatusNote } from '@/components/ui/status-note'
import { buttonClass } from '@/components/content/button-styles'
import { formatDate } from '@/lib/format'
import { GROUP_KINDS, groupTopicLabel } from '@/schemas/groups'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'
import { listPortalGroups, type PortalGroup } from '@/server/groups/list-portal-groups'
import { PortalAccessDenied } from '../../portal-access-denied'
import { portalData } from '../../portal-data'
import { requestToJoinAction } from './actions'

export const metadata: Metadata = { title: 'Peer groups and cohorts' }

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, { text: string; tone?: 'problem' }> = {
  requested: { text: 'Request sent. The network’s staff will answer by email.' },
  'already-requested': { text: 'Your request to join that group is already waiting for an answer.' },
  'already-member': { text: 'Your municipality is already a member of that group.' },
  missing: {
    text: 'That group is not open to your municipality. Choose one from the list.',
    tone: 'problem',
  },
  unchanged: { text: 'Nothing changed.', tone: 'problem' },
}

const STANDING: Record<string, string> = {
  REQUESTED: 'Request sent: waiting for the network’s answer',
  APPROVED: 'Member',
  DECLINED: 'Declined: you can ask again',
}

function GroupItem({ g, slug }: { g: PortalGroup; slug: string }) {
  const topic = groupTopicLabel(g.topic)
  return (
    <li className="rounded border border-slate-300 p-4">
      <h3 className="text-xl">
        <Link href={`/groups/${g.slug}`}>{g.name}</Link>
      </h3>
      <p className="mt-1 text-slate-700">
        {GROUP_KINDS[g.kind]}
        {topic ? ` · ${topic}` : ''} · {g.states.length ? g.states.join(', ') : 'All states'} ·{' '}
        {formatDate(g.startsOn)} to {formatDate(g.endsOn)}
      </p>
      <p className="mt-2">{g.summary}</p>
      {g.membership && (
        <p className="mt-2 font-semibold" data-testid="group-standing">
          {STANDING[g.membership]}
        </p>
      )}
      {g.membership === 'APPROVED' ? (
        <p className="mt-2">
          <Link href={`/groups/${g.slug}/space`}>Meetings, notes and documents</Link>
        </p>
      ) : (
        g.membership !== 'REQUESTED' && (
          <form action={requestToJoinAction} className="mt-3">
            <input type="hidden" name="slug" value={slug} />
            <input type="hidden" name="groupId" value={g.id} />
            <button type="submit" className={buttonClass.primary}>
              Request to join<span className="sr-only"> {g.name}</span>
            </button>
          </form>
        )
      )}
    </li>
  )
}

export default async function PortalGroupsPage({ params, searchParams }: Props) {
  const { slug } = await params
  const path = `/portal/${slug}/groups`
  const data = await portalData(path, async () => {
    const municipality = await findPortalMunicipality({ slug })
    return { municipality, groups: await listPortalGroups({ municipality }) }
  })
  if (!data) return <PortalAccessDenied />
  const { municipality: m, groups } = data
  const { done } = await searchParams
  const banner = typeof done === 'string' ? BANNERS[done] : undefined
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: 'Your municipalities', href: '/portal' },
          { label: m.name, href: `/portal/${m.slug}` },
          { label: 'Peer groups and cohorts' },
        ]}
      />
      {banner && (
        <StatusNote className="mb-6" tone={banner.tone}>
          {banner.text}
        </StatusNote>
      )}
      <h1 className="text-3xl">Peer groups and cohorts</h1>
      <p className="mt-4 max-w-3xl">
        Regional peer groups and topic cohorts bring officials together to learn from each other, with a
        facilitator from the network. These groups are open to {m.name}, {m.state}. Staff answer each request
        by email; members see the meetings, their notes and the shared documents.
      </p>
      {groups.length === 0 ? (
        <p className="mt-6">No group is open to your municipality at the moment.</p>
      ) : (
        <ul className="mt-6 max-w-3xl space-y-4">
          {groups.map((g) => (
            <GroupItem key={g.id} g={g} slug={m.slug} />
          ))}
        </ul>
      )}
    </div>
  )
}
