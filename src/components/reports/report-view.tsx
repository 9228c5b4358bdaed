import { DataTable } from '@/components/ui/data-table'
import { Badge } from '@/components/ui/badge'
import { formatDate, formatNumber } from '@/lib/format'
import { webLink } from '@/lib/web-link'
import { GPC_SECTORS, GPC_SECTOR_CODES } from '@/lib/domain/gpc'
import { hazardLabel, sectorLabel } from '@/lib/domain/hazards'
import { INVENTORY_CELLS } from '@/lib/domain/report-completeness'
import { ACTION_KINDS, ACTION_STATUSES, PILLARS, REPORT_STATUSES, RISK_LEVELS } from '@/schemas/reports'

/** A stored address: a link when it is http(s), otherwise shown as text only. */
function LinkOrText({ url, empty }: { url: string | null; empty: string }) {
  const href = webLink(url)
  if (href) return <a href={href}>{url}</a>
  return <>{url ?? empty}</>
}

type Origin = { origin?: string }

export type ViewableReport = {
  accountingYear: number
  /** The verified report this one was pre-filled from, and the origin of each figure (staff's view). */
  prefilledFrom?: number | null
  reportingLevelOrigin?: string
  status: keyof typeof REPORT_STATUSES
  protocol: string
  reportingLevel: string | null
  inventoryBoundary: string | null
  vulnerabilityAssessmentUrl: string | null
  vulnerabilityAssessedAt: Date | null
  adaptationGoal: string | null
  inventory: ({
    sector: string
    scope: number
    emissions: number | null
    notationKey: string | null
  } & Origin)[]
  hazards: (Origin & {
    id: string
    hazard: string
    riskLevel: string
    expectedImpact: string
    vulnerableGroups: string
  })[]
  actions: (Origin & {
    id: string
    kind: string
    pillar: string
    sector: string | null
    title: string
    status: string
    url: string | null
    adoptedAt: Date | null
  })[]
}

const label = (map: Record<string, string>, code: string) => map[code] ?? code
const statusTone = { DRAFT: 'neutral', SUBMITTED: 'info', VERIFIED: 'success', RETURNED: 'warning' } as const

export function ReportStatusBadge({ status }: { status: keyof typeof REPORT_STATUSES }) {
  return <Badge tone={statusTone[status]}>{REPORT_STATUSES[status]}</Badge>
}

/** Where a figure comes from, in words, for a pre-filled report (`from`: the year it was pre-filled from). */
export function originWords(origin: string | undefined, from: number, year: number): string {
  if (origin === 'CONFIRMED') return `Carried over from ${from}, confirmed by the official`
  if (origin === 'CARRIED_OVER') return `Carried over from ${from}, not confirmed`
  return `Entered for ${year}`
}

function cell(report: ViewableReport, sector: string, scope: number, origins: boolean) {
  if (!INVENTORY_CELLS.some((c) => c.sector === sector && c.scope === scope)) return 'Not applicable'
  const e = report.inventory.find((i) => i.sector === sector && i.scope === scope)
  if (!e) return 'Not reported'
  const figure = e.notationKey ?? formatNumber(e.emissions ?? 0)
  if (!origins || !report.prefilledFrom) return figure
  return `${figure} (${originWords(e.origin, report.prefilledFrom, report.accountingYear).toLowerCase()})`
}

/**
 * A progress report read-only: inventory grid, hazards, vulnerability, plans and actions. `showOrigins`
 * (staff verifying): for a pre-filled report, which figures were carried over and which entered.
 */
export function ReportView({
  report,
  headingLevel = 2,
  showOrigins = false,
}: {
  report: ViewableReport
  headingLevel?: 2 | 3
  showOrigins?: boolean
}) {
  const H = `h${headingLevel}` as 'h2' | 'h3'
  const total = report.inventory.reduce((s, e) => s + (e.emissions ?? 0), 0)
  const from = showOrigins ? (report.prefilledFrom ?? null) : null
  const sourceColumn =
    from === null
      ? []
      : [{ header: 'Source', cell: (r: Origin) => originWords(r.origin, from, report.accountingYear) }]
  return (
    <div className="space-y-8">
      <section aria-labelledby="view-inventory">
        <H id="view-inventory" className="text-2xl">
          Greenhouse gas inventory
        </H>
        <p className="mt-2">
          Protocol {report.protocol}, reporting level{' '}
          {report.reportingLevel === 'BASIC_PLUS' ? 'BASIC+' : (report.reportingLevel ?? 'not chosen')}
          {from !== null &&
            ` (${originWords(report.reportingLevelOrigin, from, report.accountingYear).toLowerCase()})`}
          .{report.inventoryBoundary && ` Boundary: ${report.inventoryBoundary}`}
        </p>
        {from !== null && (
          <p className="mt-2 max-w-3xl">
            This report was pre-filled from the verified report of {from}. Each figure says whether it was
            carried over from {from} (and confirmed unchanged by the official) or entered for{' '}
            {report.accountingYear}.
          </p>
        )}
        <DataTable
          className="mt-4"
          caption={`Emissions in ${report.accountingYear} by GPC sector and scope, tCO2e (total ${formatNumber(total)})`}
          columns={[
            {
              header: 'Sector',
              cell: (s: string) => GPC_SECTORS[s as keyof typeof GPC_SECTORS],
              rowHeader: true,
            },
            ...[1, 2, 3].map((scope) => ({
              header: `Scope ${scope}`,
              cell: (s: string) => cell(report, s, scope, from !== null),
              numeric: true,
            })),
          ]}
          rows={[...GPC_SECTOR_CODES]}
          rowKey={(s) => s}
        />
      </section>
      <section aria-labelledby="view-hazards">
        <H id="view-hazards" className="text-2xl">
          Climate hazards
        </H>
        <DataTable
          className="mt-4"
          caption="Climate hazards and their risk"
          hideCaption
          empty="No hazards reported."
          columns={[
            { header: 'Hazard', cell: (h) => hazardLabel(h.hazard), rowHeader: true },
            { header: 'Risk level', cell: (h) => label(RISK_LEVELS, h.riskLevel) },
            { header: 'Expected impact', cell: (h) => h.expectedImpact || '—' },
            { header: 'Vulnerable groups', cell: (h) => h.vulnerableGroups || '—' },
            ...sourceColumn,
          ]}
          rows={report.hazards}
          rowKey={(h) => h.id}
        />
        <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">Vulnerability assessment</dt>
          <dd>
            <LinkOrText url={report.vulnerabilityAssessmentUrl} empty="No link given" />
            {report.vulnerabilityAssessedAt && `, assessed ${formatDate(report.vulnerabilityAssessedAt)}`}
          </dd>
          <dt className="font-semibold">Adaptation goal</dt>
          <dd>{report.adaptationGoal ?? 'None given'}</dd>
        </dl>
      </section>
      <section aria-labelledby="view-actions">
        <H id="view-actions" className="text-2xl">
          Plans and actions
        </H>
        <DataTable
          className="mt-4"
          caption="Plans and actions"
          hideCaption
          empty="No plans or actions reported."
          columns={[
            { header: 'Title', cell: (a) => a.title, rowHeader: true },
            { header: 'Kind', cell: (a) => label(ACTION_KINDS, a.kind) },
            { header: 'Pillar', cell: (a) => label(PILLARS, a.pillar) },
            { header: 'Sector', cell: (a) => (a.sector ? sectorLabel(a.sector) : '—') },
            { header: 'Status', cell: (a) => label(ACTION_STATUSES, a.status) },
            {
              header: 'Link',
              cell: (a) => <LinkOrText url={a.url} empty="—" />,
            },
            { header: 'Adopted', cell: (a) => (a.adoptedAt ? formatDate(a.adoptedAt) : '—') },
            ...sourceColumn,
          ]}
          rows={report.actions}
          rowKey={(a) => a.id}
        />
      </section>
    </div>
  )
}
