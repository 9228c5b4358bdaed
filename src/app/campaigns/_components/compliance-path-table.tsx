import { COMPLIANCE_STAGES } from '@/lib/domain/compliance'
import { DataTable } from '@/components/ui/data-table'

function due(years: number): string {
  if (years === 0) return 'On approval of the pledge'
  return `Within ${years} ${years === 1 ? 'year' : 'years'} of commitment`
}

/** The Compact of Mayors stages, when each falls due and what shows it was met (DOMAIN.md). */
export function CompliancePathTable() {
  return (
    <section aria-labelledby="compliance-path" className="mt-10">
      <h2 id="compliance-path" className="text-2xl">
        The compliance path
      </h2>
      <p className="mt-2 max-w-3xl">
        Deadlines count from the date staff approve the commitment. A signatory that completes every stage is
        compliant; an inventory older than three years no longer counts.
      </p>
      <DataTable
        className="mt-4"
        caption="Compliance path stages, deadlines and evidence"
        hideCaption
        rows={[...COMPLIANCE_STAGES]}
        rowKey={(s) => s.key}
        columns={[
          { header: 'Stage', cell: (s) => s.label, rowHeader: true },
          { header: 'Due', cell: (s) => due(s.years) },
          { header: 'Evidence', cell: (s) => s.evidence },
        ]}
      />
    </section>
  )
}
