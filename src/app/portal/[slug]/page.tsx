import type { Metadata } from 'next'
import Link from 'next/link'
import { CityJourney } from '@/components/portal/city-journey'
import { GettingStarted } from '@/components/portal/getting-started'
import { describeTarget } from '@/components/portal/describe-target'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { GPC_SECTORS, type GpcSectorCode } from '@/lib/domain/gpc'
import { formatDate } from '@/lib/format'
import { getPortalMunicipality } from '@/server/portal/get-portal-municipality'
import { listStageResources } from '@/server/resources/list-stage-resources'
import { listPortalAsks } from '@/server/asks/list-portal-asks'
import { PortalAccessDenied } from '../portal-access-denied'
import { portalData } from '../portal-data'
import { hideChecklistAction } from './actions'

export const metadata: Metadata = { title: 'Municipality overview' }

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, string> = {
  created: 'The target has been saved. It shows on your public profile now.',
  updated: 'The target has been corrected. Your public profile shows the change now.',
  replaced:
    'The target has been replaced by the new one; the earlier target stays in the history below. Your public profile shows the new target now.',
}

const sectors = (codes: string[]) => codes.map((c) => GPC_SECTORS[c as GpcSectorCode] ?? c).join(', ')

export default async function PortalMunicipalityPage({ params, searchParams }: Props) {
  const { slug } = await params
  const { saved, checklist } = await searchParams
  const m = await portalData(`/portal/${slug}`, () => getPortalMunicipality({ slug }))
  if (!m) return <PortalAccessDenied />
  const [stageResources, asks] = await Promise.all([listStageResources(), listPortalAsks({ slug: m.slug })])
  const active = m.targets.filter((t) => t.status === 'ACTIVE')
  const replaced = m.targets.filter((t) => t.status === 'REPLACED')
  const banner =
    typeof saved === 'string'
      ? BANNERS[saved]
      : checklist === 'hidden'
        ? 'The checklist is hidden. Your compliance path below shows what comes next.'
        : undefined
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Your municipalities', href: '/portal' }, { label: m.name }]} />
      {banner && <StatusNote className="mb-6">{banner}</StatusNote>}
      <h1 className="text-3xl">
        {m.name}, {m.state}
      </h1>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/portal/${m.slug}/reports`}>Annual progress reports</Link>
        </li>
        <li>
          <Link href={`/portal/${m.slug}/officials`}>Officials and invitations</Link>
        </li>
        <li>
          <Link href={`/portal/${m.slug}/help`}>Ask the network for help</Link>
        </li>
        <li>
          <Link href={`/portal/${m.slug}/peers`}>Municipalities like yours</Link>
        </li>
        <li>
          <Link href={`/portal/${m.slug}/solutions`}>Solutions you will talk about</Link>
        </li>
        <li>
          <Link href={`/portal/${m.slug}/groups`}>Peer groups and cohorts</Link>
        </li>
        {m.isMember && (
          <li>
            <Link href={`/members/${m.slug}`}>Public profile</Link>
          </li>
        )}
      </ul>
      {m.showChecklist && (
        <GettingStarted
          slug={m.slug}
          invitedColleague={m.officials.length > 1}
          startedReport={m.reportCount > 0}
          setTarget={active.length > 0}
          hideAction={hideChecklistAction}
        />
      )}
      {asks.length > 0 && (
        <section aria-labelledby="asks-heading" className="mt-10">
          <h2 id="asks-heading" className="text-2xl">
            Residents asking you to join
          </h2>
          {asks.map((a) => (
            <div key={a.campaignSlug} className="mt-4">
              <h3 className="text-xl">
                <Link href={`/asks/${m.slug}/${a.campaignSlug}`}>{a.campaignShortName}</Link>:{' '}
                {a.count === 1 ? '1 confirmed signature' : `${a.count} confirmed signatures`}
              </h3>
              {a.comments.length > 0 && (
                <ul className="mt-2 space-y-2">
                  {a.comments.map((c) => (
                    <li key={c.id} className="border-l-4 border-brand-100 pl-4">
                      <blockquote className="whitespace-pre-line">{c.comment}</blockquote>
                      <p className="text-muted">{c.name}</p>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
      )}
      <CityJourney slug={m.slug} name={m.name} compliance={m.compliance} resources={stageResources} />
      <section aria-labelledby="targets-heading" className="mt-10">
        <h2 id="targets-heading" className="text-2xl">
          Emissions reduction targets
        </h2>
        <DataTable
          className="mt-4"
          caption={`Active targets of ${m.name}`}
          rows={active}
          rowKey={(t) => t.id}
          empty={<span>No target yet. A community-wide target is due two years after the commitment.</span>}
          columns={[
            { header: 'Target', rowHeader: true, cell: (t) => describeTarget(t) },
            { header: 'Sectors', cell: (t) => sectors(t.sectorsCovered) },
            { header: 'Gases', cell: (t) => t.gasesCovered.join(', ') },
            { header: 'Adopted', cell: (t) => (t.adoptedAt ? formatDate(new Date(t.adoptedAt)) : '—') },
            {
              header: 'Change',
              cell: (t) => (
                <Link href={`/portal/${m.slug}/targets/${t.id}`}>
                  Edit<span className="sr-only"> {describeTarget(t)}</span>
                </Link>
              ),
            },
          ]}
        />
        <p className="mt-4">
          <Link
            href={`/portal/${m.slug}/targets/new`}
            className="inline-block rounded bg-brand-700 px-5 py-2.5 font-semibold text-white no-underline hover:bg-brand-800"
          >
            Add a target
          </Link>
        </p>
        {replaced.length > 0 && (
          <details className="mt-6">
            <summary className="cursor-pointer font-semibold">Earlier targets ({replaced.length})</summary>
            <ul className="mt-2 list-disc pl-6">
              {replaced.map((t) => (
                <li key={t.id}>{describeTarget(t)} (replaced)</li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </div>
  )
}
