import { DataTable } from '@/components/ui/data-table'
import { COMPLIANCE_STAGES as STAGE_LABELS } from '@/schemas/directory'
import { formatNumber } from '@/lib/format'
import type { ComplianceCounts } from '@/server/progress/count-compliance-stages'
import { Method } from './method'

const share = (n: number, of: number) => (of > 0 ? `${Math.round((n / of) * 100)}%` : '—')

export function ProgressCompliance({ counts }: { counts: ComplianceCounts }) {
  const summary = Object.entries(counts.summary) as [keyof ComplianceCounts['summary'], number][]
  return (
    <>
      <section aria-labelledby="compliance" className="progress-section mt-10">
        <h2 id="compliance" className="text-2xl">
          Compliance stages reached
        </h2>
        <p className="mt-2 max-w-3xl" data-testid="compliance-on-path">
          {formatNumber(counts.onPath)} members are on the Compact of Mayors compliance path;{' '}
          {formatNumber(counts.compliant)} have completed it and {formatNumber(counts.overdue)} are past a
          deadline.
        </p>
        <DataTable
          className="mt-4"
          caption="Members on the compliance path, stage by stage"
          rows={counts.stages}
          rowKey={(s) => s.key}
          columns={[
            { header: 'Stage', rowHeader: true, cell: (s) => s.label },
            { header: 'Met', numeric: true, cell: (s) => formatNumber(s.met) },
            { header: 'Share met', numeric: true, cell: (s) => share(s.met, counts.onPath) },
            { header: 'Not yet due', numeric: true, cell: (s) => formatNumber(s.due) },
            { header: 'Overdue', numeric: true, cell: (s) => formatNumber(s.overdue) },
          ]}
        />
        <DataTable
          className="mt-6"
          caption="Members by the furthest stage completed"
          rows={summary}
          rowKey={([stage]) => stage}
          columns={[
            { header: 'Furthest stage', rowHeader: true, cell: ([stage]) => STAGE_LABELS[stage] },
            { header: 'Members', numeric: true, cell: ([, n]) => formatNumber(n) },
            {
              header: 'List',
              cell: ([stage]) => (
                <a href={`/members?stage=${stage}`}>{`Members at ${STAGE_LABELS[stage]}`}</a>
              ),
            },
          ]}
        />
        <Method
          sources={[
            {
              href: '/api/v1/municipalities?stage=ACTION_PLANS',
              label: 'members by stage (JSON API, stage filter)',
            },
            { href: '/data/inventories.csv', label: 'verified inventories (CSV)' },
            { href: '/data/targets.csv', label: 'targets (CSV)' },
          ]}
        >
          every member with an approved Compact of Mayors commitment, run through the compliance rules each
          member profile shows (commitment; GHG inventory and climate hazards within a year; target and
          vulnerability assessment within two; action plans within three; an inventory older than three years
          no longer counts), from approved pledges, active targets and verified reports only. The lists are
          the directory&apos;s stage filter, refreshed daily by the same rules.
        </Method>
      </section>

      <section aria-labelledby="badges" className="progress-section mt-10">
        <h2 id="badges" className="text-2xl">
          Badges
        </h2>
        <DataTable
          className="mt-4"
          caption="Badges by pillar"
          rows={counts.badges}
          rowKey={(b) => b.pillar}
          columns={[
            { header: 'Pillar', rowHeader: true, cell: (b) => b.label },
            { header: 'Members holding it', numeric: true, cell: (b) => formatNumber(b.awarded) },
            { header: 'Earned, then lapsed', numeric: true, cell: (b) => formatNumber(b.lapsed) },
          ]}
        />
        <Method
          sources={[
            {
              href: '/api/v1/municipalities',
              label: 'members (JSON API; each record lists its reports and plans)',
            },
          ]}
        >
          the Mitigation badge takes a GHG inventory, a target and an adopted mitigation plan; the Adaptation
          badge a vulnerability assessment, an adaptation goal and an adopted adaptation plan, all from
          verified reports. Mitigation lapses when the latest inventory is more than three years old,
          Adaptation when verified reporting stops.
        </Method>
      </section>
    </>
  )
}
