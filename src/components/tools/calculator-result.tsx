import { Badge } from '@/components/ui/badge'
import { DataTable, type DataTableColumn } from '@/components/ui/data-table'
import { EmissionsChart, formatTonnes } from '@/components/charts/emissions-chart'
import type { CalculatorRow } from '@/lib/domain/target-calculator'
import { stateName } from '@/lib/domain/states'
import { formatNumber } from '@/lib/format'
import type { TargetCalculatorView } from '@/server/tools/compute-target-calculator'
import { calculatorChart, calculatorChartPath } from './calculator-chart'

const percent = (n: number | null) => (n === null ? '—' : `${Math.round(n)}%`)
const signed = (n: number | null) =>
  n === null ? '—' : `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatNumber(Math.abs(Math.round(n)))}`

/** The path's cut in words: from what, to what, how much a year. */
function Summary({ view }: { view: TargetCalculatorView }) {
  const path = view.result!.progress.path!
  const cut = path.startEmissions - path.targetEmissions
  const years = path.targetYear - path.startYear
  return (
    <p className="mt-4 max-w-3xl">
      From <strong>{formatTonnes(path.startEmissions)} tCO2e</strong> in {path.startYear} to{' '}
      <strong>{formatTonnes(path.targetEmissions)} tCO2e</strong> in {path.targetYear}
      {path.netZero ? ' (net zero)' : ''}:{' '}
      {cut >= 0 ? `a cut of ${formatTonnes(cut)} tCO2e` : `a rise of ${formatTonnes(-cut)} tCO2e`}
      {path.startEmissions > 0 ? ` (${percent((cut / path.startEmissions) * 100)})` : ''}
      {years > 0 ? `, about ${formatTonnes(Math.abs(cut) / years)} tCO2e a year.` : '.'}
    </p>
  )
}

/** How the member's latest verified inventory compares, as the profile says it. */
function MemberProgress({ view }: { view: TargetCalculatorView }) {
  const { member, result } = view
  if (!member || !result) return null
  const p = result.progress
  const name = `${member.name}, ${stateName(member.state)}`
  if (result.inventories.length === 0)
    return <p className="mt-4 max-w-3xl">{name} has no verified greenhouse gas inventory yet.</p>
  if (p.latestYear === null) return null
  return (
    <p className="mt-4 max-w-3xl">
      In {p.latestYear}, the verified emissions of {name} were {formatTonnes(p.latestTotal)} tCO2e
      {p.pathValueAtLatest !== null
        ? `, against ${formatTonnes(p.pathValueAtLatest)} tCO2e on this path`
        : ''}
      {p.percentAchieved !== null ? (
        <>
          : <strong>{percent(p.percentAchieved)} of the reduction achieved</strong>.{' '}
        </>
      ) : (
        '. '
      )}
      {p.onTrack === true && <Badge tone="success">On track</Badge>}
      {p.onTrack === false && <Badge tone="warning">Not on track</Badge>}
    </p>
  )
}

function PathTable({ view }: { view: TargetCalculatorView }) {
  const { result, member } = view
  const path = result!.progress.path!
  const columns: DataTableColumn<CalculatorRow>[] = [
    { header: 'Year', rowHeader: true, cell: (r) => String(r.year) },
    { header: 'Target path (tCO2e)', numeric: true, cell: (r) => formatTonnes(r.path) },
    { header: `Cut from ${path.startYear}`, numeric: true, cell: (r) => percent(r.cutPercent) },
  ]
  if (member && result!.inventories.length > 0)
    columns.push(
      { header: 'Verified emissions (tCO2e)', numeric: true, cell: (r) => formatTonnes(r.inventory) },
      { header: 'Above (+) or below (−) the path', numeric: true, cell: (r) => signed(r.difference) },
    )
  return (
    <DataTable
      className="mt-4"
      caption={
        `Target path by year, in tCO2e` +
        (member && result!.inventories.length > 0 ? `, with the verified emissions of ${member.name}` : '')
      }
      columns={columns}
      rows={result!.rows}
      rowKey={(r) => String(r.year)}
    />
  )
}

/** The computed path: in words, as a chart (an image drawn from the same figures) and as a table. */
export function CalculatorResult({ view }: { view: TargetCalculatorView }) {
  const chart = calculatorChart(view)
  return (
    <section aria-labelledby="result-heading" className="mt-8">
      <h2 id="result-heading" className="text-2xl">
        The path of this target
      </h2>
      {view.matches && (
        <p className="mt-4 max-w-3xl">
          To compare with a member,{' '}
          <a href="#member-choices">
            choose one of the members whose name matches “{view.query.memberQuery}”
          </a>
          .
        </p>
      )}
      {chart === null ? (
        <p className="mt-4 max-w-3xl">
          The path cannot be drawn: it needs a start before the target year. Enter the base year and its
          emissions, or compare with a member that has a verified inventory before the target year.
        </p>
      ) : (
        <>
          <Summary view={view} />
          <MemberProgress view={view} />
          <EmissionsChart
            src={calculatorChartPath(view.query.values)}
            chart={chart}
            totalsLabel={view.member ? `Verified emissions of ${view.member.name}` : undefined}
          />
          <PathTable view={view} />
          <p className="mt-4 max-w-3xl text-muted">
            The address of this page holds your figures: copy it to share the result.
          </p>
        </>
      )}
    </section>
  )
}
