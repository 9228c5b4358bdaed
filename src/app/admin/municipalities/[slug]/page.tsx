import type { Metadata } from 'next'
import Link from 'next/link'
import { StatusNote } from '@/components/ui/status-note'
import { formatDate, formatNumber } from '@/lib/format'
import { guardMunicipalityPage } from './load-municipality'
import { FactsForm } from './facts-form'

export const metadata: Metadata = { title: 'Edit a municipality' }

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const str = (v: string | number | null) => (v === null ? '' : String(v))

export default async function MunicipalityPage({ params, searchParams }: Props) {
  const { m, refusal } = await guardMunicipalityPage((await params).slug)
  if (!m) return refusal
  const merged = (await searchParams).merged
  const c = m._count
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/admin/municipalities">Municipalities</Link>
      </p>
      <h1 className="mt-2 text-3xl">
        {m.name}, {m.state}
      </h1>
      {typeof merged === 'string' && (
        <StatusNote className="mt-6">{`The duplicate “${merged}” was merged into ${m.name} and deleted.`}</StatusNote>
      )}
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
        <dt className="font-semibold">Slug</dt>
        <dd>{m.slug}</dd>
        <dt className="font-semibold">Membership</dt>
        <dd>
          {m.isMember
            ? `Member since ${m.memberSince ? formatDate(m.memberSince) : 'an unknown date'}`
            : 'Not a member'}
          {m.isMember && (
            <>
              {' '}
              · <Link href={`/members/${m.slug}`}>Public profile</Link>
            </>
          )}
        </dd>
        <dt className="font-semibold">Linked records</dt>
        <dd>
          {[
            `${formatNumber(c.pledges)} pledges (${formatNumber(m.approvedPledges)} approved)`,
            `${formatNumber(c.reports)} reports`,
            `${formatNumber(c.targets)} targets`,
            `${formatNumber(c.officials)} officials`,
            `${formatNumber(c.implementations)} solutions implemented`,
          ].join(', ')}
        </dd>
      </dl>
      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/admin/municipalities/${m.slug}/membership`}>Mark or unmark as a member</Link>
        </li>
        <li>
          <Link href={`/admin/municipalities/${m.slug}/merge`}>
            Merge this duplicate into another municipality
          </Link>
        </li>
      </ul>
      <h2 className="mt-8 text-2xl">Facts</h2>
      <FactsForm
        slug={m.slug}
        initial={{
          name: m.name,
          state: m.state,
          county: str(m.county),
          population: str(m.population),
          populationYear: str(m.populationYear),
          website: str(m.website),
          boundaryType: m.boundaryType,
          latitude: str(m.latitude),
          longitude: str(m.longitude),
        }}
      />
    </div>
  )
}
