import { RowsTable } from '@/components/ui/rows-table'
import { GROWTH_HEIGHT, GROWTH_WIDTH, growthStyle } from '@/components/charts/growth-chart-svg'
import { formatNumber } from '@/lib/format'
import type { GrowthPeriod, SignatoriesOverTime } from '@/server/progress/count-signatories-over-time'
import { dataVersion, growthChart } from './progress-charts'
import { Method } from './method'

function PeriodTable({
  caption,
  data,
  periods,
}: {
  caption: string
  data: SignatoriesOverTime
  periods: GrowthPeriod[]
}) {
  return (
    <RowsTable
      className="mt-4"
      caption={caption}
      columns={[
        { header: 'Period' },
        ...data.series.flatMap((s) => [
          { header: `${s.shortLabel} joined`, numeric: true },
          { header: `${s.shortLabel} in all`, numeric: true },
        ]),
      ]}
      rows={periods.map((p) => [
        p.period,
        ...data.series.flatMap((s) => [
          formatNumber(p.added[s.key] ?? 0),
          formatNumber(p.cumulative[s.key] ?? 0),
        ]),
      ])}
    />
  )
}

export function ProgressGrowth({ data }: { data: SignatoriesOverTime }) {
  const chart = growthChart(data)
  const undated = data.series.filter((s) => s.undated > 0)
  return (
    <section aria-labelledby="growth" className="progress-section mt-10">
      <h2 id="growth" className="text-2xl">
        Members and signatories over time
      </h2>
      <figure className="mt-4">
        {/* eslint-disable-next-line @next/next/no-img-element -- a vector image: next/image has nothing to optimise */}
        <img
          src={`/progress/growth.svg?v=${dataVersion(chart)}`}
          alt={`${chart.title}. ${chart.description}`}
          width={GROWTH_WIDTH}
          height={GROWTH_HEIGHT}
          decoding="async"
          className="h-auto w-full max-w-3xl"
        />
        <figcaption>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
            {data.series.map((s, i) => (
              <li key={s.key} className="flex items-center gap-2">
                <svg aria-hidden="true" width="32" height="8">
                  <line
                    x1="0"
                    x2="32"
                    y1="4"
                    y2="4"
                    stroke={growthStyle(i).colour}
                    strokeWidth={3}
                    strokeDasharray={growthStyle(i).dash || undefined}
                  />
                </svg>
                {s.label} ({formatNumber(s.total)} today)
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
      <Method
        sources={[
          { href: '/data/signatories.csv', label: 'signatories (CSV, commitment_date)' },
          { href: '/api/v1/municipalities', label: 'members (JSON API, member_since)' },
          { href: '/api/v1/campaigns', label: 'campaigns with their signatory counts (JSON API)' },
        ]}
      >
        today&apos;s members counted by the year they became members, and today&apos;s signatories of each
        campaign by the date staff approved their pledge (the commitment date); running totals at the end of
        each year. Withdrawn pledges and former members are not counted.
        {undated.length > 0 &&
          ` ${undated.map((s) => `${formatNumber(s.undated)} ${s.label.toLowerCase()}`).join(' and ')} without a recorded date are in the totals but in no year.`}
      </Method>
      <PeriodTable caption="Members and signatories by year" data={data} periods={data.years} />
      <h3 className="mt-8 text-xl">The last twelve months</h3>
      <PeriodTable
        caption="Members and signatories by month, last twelve months"
        data={data}
        periods={data.months}
      />
    </section>
  )
}
