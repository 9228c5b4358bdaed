import { RowsTable } from '@/components/ui/rows-table'
import { UsMap } from '@/components/charts/us-map'
import { formatNumber } from '@/lib/format'
import { stateName } from '@/lib/domain/states'
import type { StateProgress } from '@/server/progress/count-progress-by-state'
import { Method } from './method'

type Campaign = { slug: string; shortName: string }

export function ProgressStates({ states, campaigns }: { states: StateProgress[]; campaigns: Campaign[] }) {
  const rows = [...states].sort((a, b) => stateName(a.state).localeCompare(stateName(b.state)))
  return (
    <section aria-labelledby="states" className="progress-section mt-10">
      <h2 id="states" className="text-2xl">
        By state
      </h2>
      <UsMap
        src="/maps/members.svg"
        title="Member municipalities by state"
        counts={states.filter((s) => s.members > 0).map((s) => ({ state: s.state, count: s.members }))}
        unit="members"
      />
      <RowsTable
        className="mt-6"
        caption="The network by state"
        columns={[
          { header: 'State' },
          { header: 'Members', numeric: true },
          ...campaigns.map((c) => ({ header: `${c.shortName} signatories`, numeric: true })),
          { header: 'With a target', numeric: true },
          { header: 'With a verified report', numeric: true },
          { header: 'Compliant', numeric: true },
        ]}
        rows={rows.map((s) => [
          { href: `/api/v1/municipalities?state=${s.state}`, text: stateName(s.state) },
          formatNumber(s.members),
          ...campaigns.map((c) => formatNumber(s.signatories[c.slug] ?? 0)),
          formatNumber(s.withTargets),
          formatNumber(s.verifiedReporting),
          formatNumber(s.compliant),
        ])}
      />
      <Method
        sources={[
          { href: '/api/v1/municipalities?state=CA', label: 'members of a state (JSON API, state filter)' },
          { href: '/data/signatories.csv', label: 'signatories (CSV, state column)' },
        ]}
      >
        members and approved signatories counted by their municipality&apos;s state; &quot;with a target&quot;
        counts members with an active target, &quot;with a verified report&quot; members with at least one
        verified progress report, and &quot;compliant&quot; members whose compliance stage (refreshed daily)
        is the last one. Each state&apos;s name links to its members in the open data.
      </Method>
    </section>
  )
}
