import { DataTable } from '@/components/ui/data-table'
import { EmissionsChart, formatTonnes } from '@/components/charts/emissions-chart'
import { formatNumber } from '@/lib/format'
import type { EmissionsProgress } from '@/server/progress/get-emissions-progress'
import { emissionsProgressChart } from './progress-charts'
import { Method } from './method'

const percent = (n: number | null) => (n === null ? '—' : `${Math.round(n)}%`)
const tonnes = (n: number | null) => (n === null ? '—' : `${formatTonnes(n)} tCO2e`)

const inventorySources = [
  { href: '/data/inventories.csv', label: 'verified inventories (CSV)' },
  { href: '/data/targets.csv', label: 'active targets (CSV)' },
]

function Trajectory({ progress }: { progress: EmissionsProgress }) {
  const chart = emissionsProgressChart(progress)
  return (
    <section aria-labelledby="emissions" className="progress-section mt-10">
      <h2 id="emissions" className="text-2xl">
        Verified emissions against the combined target path
      </h2>
      <p className="mt-2 max-w-3xl" data-testid="emissions-members">
        {formatNumber(progress.membersWithTargets)} members have an active target;{' '}
        {formatNumber(progress.membersWithPaths)} of them have a target path that can be drawn.
      </p>
      {chart ? (
        <EmissionsChart src="/progress/emissions.svg" chart={chart} />
      ) : (
        <p className="mt-4">No member has a target with a path yet.</p>
      )}
      <Method sources={inventorySources}>
        for each member, the target its profile charts (the first active target whose path can be drawn: a
        straight line from its base year to its target year, as the member profiles draw it), held at its
        base-year level before the base year and at its target level after the target year. The combined path
        is the sum of these over every member with a path. Verified emissions are each such member&apos;s
        verified inventory for the year, over the sectors its target covers, summed; the last column gives the
        combined path of only the members who reported that year, the like-for-like comparison. Members
        without a target are left out.
      </Method>
      <DataTable
        className="mt-4"
        caption="Verified emissions and the combined target path by year, tCO2e"
        rows={progress.years}
        rowKey={(y) => String(y.year)}
        columns={[
          { header: 'Year', rowHeader: true, cell: (y) => String(y.year) },
          { header: 'Combined target path', numeric: true, cell: (y) => formatTonnes(y.targetPath) },
          { header: 'Members reporting', numeric: true, cell: (y) => formatNumber(y.reporting) },
          { header: 'Verified emissions', numeric: true, cell: (y) => formatTonnes(y.verified) },
          { header: 'Their target path', numeric: true, cell: (y) => formatTonnes(y.reportingPath) },
        ]}
      />
    </section>
  )
}

function Projections({ progress }: { progress: EmissionsProgress }) {
  const p = progress.projections
  return (
    <section aria-labelledby="projections" className="progress-section mt-10">
      <h2 id="projections" className="text-2xl">
        Projections to 2030 and 2050 from current targets
      </h2>
      <p className="mt-2 max-w-3xl">
        If every one of the {formatNumber(p.members)} members with a target path meets it, their combined
        emissions go from {tonnes(p.startTotal)} at the start of their paths to:
      </p>
      <DataTable
        className="mt-4"
        caption="Combined emissions projected from current targets"
        rows={p.years}
        rowKey={(y) => String(y.year)}
        columns={[
          { header: 'Year', rowHeader: true, cell: (y) => String(y.year) },
          { header: 'Projected emissions, tCO2e', numeric: true, cell: (y) => formatTonnes(y.emissions) },
          { header: 'Reduction from the start', numeric: true, cell: (y) => percent(y.reductionPercent) },
          {
            header: 'Members past their target year',
            numeric: true,
            cell: (y) => formatNumber(y.targetsReached),
          },
        ]}
      />
      <p className="mt-4">{formatNumber(p.netZero)} of these targets are net zero.</p>
      <Method sources={inventorySources}>
        each member&apos;s target path (as above) read in 2030 and 2050: on the line between its base and
        target years, or held at its target level once its target year has passed (a 2030 target counts at its
        2030 level in 2050; no further cut is assumed). The reduction compares the sum with the sum of the
        paths&apos; starting levels (base-year emissions, or the first verified inventory for a fixed-level
        target without a base year).
      </Method>
    </section>
  )
}

function Reductions({ progress }: { progress: EmissionsProgress }) {
  const r = progress.reductions
  return (
    <section aria-labelledby="reductions" className="progress-section mt-10">
      <h2 id="reductions" className="text-2xl">
        Reductions already verified
      </h2>
      <dl className="facts mt-4 max-w-3xl">
        <div>
          <dt>Members compared</dt>
          <dd data-testid="reductions-members">{formatNumber(r.members)}</dd>
        </div>
        <div>
          <dt>Base-year emissions</dt>
          <dd>{tonnes(r.baseTotal)}</dd>
        </div>
        <div>
          <dt>Latest verified emissions</dt>
          <dd>{tonnes(r.latestTotal)}</dd>
        </div>
        <div>
          <dt>Reduction</dt>
          <dd data-testid="reductions-total">
            {tonnes(r.reduction)} ({percent(r.reductionPercent)})
          </dd>
        </div>
        <div>
          <dt>On track</dt>
          <dd>
            {formatNumber(r.onTrack)} of {formatNumber(r.members)} members are at or below their target path
          </dd>
        </div>
      </dl>
      <Method sources={inventorySources}>
        for every member with a target path and a verified inventory of a later year than the path&apos;s
        start, the path&apos;s starting level (base-year emissions) against that member&apos;s latest verified
        inventory over the sectors its target covers, summed; a member whose emissions rose counts with its
        rise. &quot;On track&quot; is the profiles&apos; test: the latest inventory at or below the path in
        its year. The home page&apos;s figure differs: it compares each member&apos;s earliest and latest
        verified inventories, target or not.
      </Method>
    </section>
  )
}

export function ProgressEmissions({ progress }: { progress: EmissionsProgress }) {
  return (
    <>
      <Trajectory progress={progress} />
      <Projections progress={progress} />
      <Reductions progress={progress} />
    </>
  )
}
