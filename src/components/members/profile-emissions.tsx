import { Badge } from '@/components/ui/badge'
import { DataTable, type DataTableColumn } from '@/components/ui/data-table'
import { EmissionsChart, formatTonnes } from '@/components/charts/emissions-chart'
import { chartedTarget, profileChart } from './profile-chart'
import { GPC_SECTORS, type GpcSectorCode } from '@/lib/domain/gpc'
import type { MemberProfile } from '@/server/municipalities/get-member-profile'

type Target = MemberProfile['targets'][number]

const TARGET_TYPES: Record<Target['type'], string> = {
  BASE_YEAR_ABSOLUTE: 'Base year target: cut total emissions',
  BASE_YEAR_INTENSITY: 'Base year intensity target: cut emissions per unit',
  FIXED_LEVEL: 'Fixed level target: reach a set level of emissions',
  BASELINE_SCENARIO: 'Baseline scenario target: cut emissions below business as usual',
}

const sectorName = (code: string) => GPC_SECTORS[code as GpcSectorCode] ?? code
const percent = (n: number | null) => (n === null ? '—' : `${Math.round(n)}%`)

function TargetsTable({ targets, name }: { targets: Target[]; name: string }) {
  return (
    <DataTable
      className="mt-2"
      caption={`Emissions reduction targets of ${name}`}
      hideCaption
      rows={targets}
      rowKey={(t) => t.id}
      columns={[
        { header: 'Type', rowHeader: true, cell: (t) => TARGET_TYPES[t.type] },
        { header: 'Base year', cell: (t) => t.baseYear ?? '—' },
        { header: 'Target year', cell: (t) => t.targetYear },
        {
          header: 'Reduction',
          cell: (t) =>
            t.reductionPercent !== null
              ? `${t.reductionPercent}%`
              : t.targetEmissions !== null
                ? `to ${formatTonnes(t.targetEmissions)} tCO2e`
                : '—',
        },
        { header: 'Net zero', cell: (t) => (t.netZero ? 'Yes' : 'No') },
        { header: 'Sectors', cell: (t) => t.sectorsCovered.map(sectorName).join(', ') || 'All' },
      ]}
    />
  )
}

function Progress({ target }: { target: Target }) {
  const p = target.progress
  if (p.latestYear === null || p.percentAchieved === null) return null
  return (
    <p className="mt-4 max-w-3xl">
      In {p.latestYear}, verified emissions in the sectors the {target.targetYear} target covers were{' '}
      {formatTonnes(p.latestTotal)} tCO2e:{' '}
      <strong>{percent(p.percentAchieved)} of the reduction achieved</strong>.{' '}
      {p.onTrack === true && <Badge tone="success">On track</Badge>}
      {p.onTrack === false && <Badge tone="warning">Not on track</Badge>}
    </p>
  )
}

function EmissionsTable({ profile, target }: { profile: MemberProfile; target: Target | undefined }) {
  const { sectors, years } = profile.emissions
  const pathAt = new Map(target?.progress.points.map((p) => [p.year, p.value]))
  const yearSet = new Set(years.map((y) => y.year))
  const pathOnly = target?.progress.path
    ? [target.progress.path.startYear, target.progress.path.targetYear]
    : []
  const rows = [
    ...years,
    ...pathOnly.filter((y) => !yearSet.has(y)).map((year) => ({ year, bySector: {}, total: null })),
  ]
    .filter((r, i, all) => all.findIndex((o) => o.year === r.year) === i)
    .sort((a, b) => a.year - b.year)
  const columns: DataTableColumn<(typeof rows)[number]>[] = [
    { header: 'Year', rowHeader: true, cell: (r) => r.year },
    ...sectors.map((s) => ({
      header: sectorName(s),
      numeric: true,
      cell: (r: (typeof rows)[number]) =>
        formatTonnes((r.bySector as Record<string, number | null>)[s] ?? null),
    })),
    { header: 'Total', numeric: true, cell: (r) => formatTonnes(r.total) },
  ]
  if (target)
    columns.push({
      header: 'Target path',
      numeric: true,
      cell: (r) => formatTonnes(pathAt.get(r.year) ?? null),
    })
  return (
    <DataTable
      className="mt-4"
      caption={`Verified emissions of ${profile.name} by year and GPC sector, in tCO2e`}
      columns={columns}
      rows={rows}
      rowKey={(r) => String(r.year)}
    />
  )
}

/** Targets, then verified emissions as a chart with the target path and the same figures as a table. */
export function ProfileEmissions({ profile }: { profile: MemberProfile }) {
  const charted = chartedTarget(profile)
  const chart = profileChart(profile)
  return (
    <section aria-labelledby="emissions-heading" className="mt-8">
      <h2 id="emissions-heading" className="text-2xl">
        Targets and emissions
      </h2>
      <h3 className="mt-4 text-xl">Targets</h3>
      {profile.targets.length === 0 ? (
        <p className="mt-2">No emissions reduction target reported yet.</p>
      ) : (
        <TargetsTable targets={profile.targets} name={profile.name} />
      )}
      {charted && <Progress target={charted} />}
      <p className="mt-4">
        <a href={`/tools/target-calculator?member=${profile.slug}`}>
          Compare a target’s path with these emissions in the target calculator
        </a>
      </p>
      <h3 className="mt-6 text-xl">Verified emissions</h3>
      {chart === null ? (
        <p className="mt-2">No verified greenhouse gas inventory yet.</p>
      ) : (
        <>
          <EmissionsChart src={`/members/${profile.slug}/emissions.svg`} chart={chart} />
          <EmissionsTable profile={profile} target={charted} />
        </>
      )}
    </section>
  )
}
