import { Badge } from '@/components/ui/badge'
import { DataTable } from '@/components/ui/data-table'
import { formatDate } from '@/lib/format'
import type { MemberProfile } from '@/server/municipalities/get-member-profile'
import type { ProfileCompliance } from '@/server/municipalities/member-profile-types'

type Stage = ProfileCompliance['stages'][number]

const date = (iso: string | null) => (iso ? formatDate(new Date(iso)) : '—')

export function StageStatus({ stage }: { stage: Stage }) {
  const lapsed = stage.lapsed && (
    <span className="ml-2 text-sm">(lapsed: the latest inventory is too old to count)</span>
  )
  if (stage.status === 'overdue')
    return (
      <>
        <Badge tone="danger">Overdue since {date(stage.dueDate)}</Badge>
        {lapsed}
      </>
    )
  if (stage.status === 'due') return <Badge tone="info">Due by {date(stage.dueDate)}</Badge>
  return (
    <>
      <Badge tone="success">Done {date(stage.metAt)}</Badge>
      {stage.late && <span className="ml-2 text-sm">(after the due date)</span>}
      {lapsed}
    </>
  )
}

/** A profile's compliance path (the public page). */
export function ProfileCompliance({ profile }: { profile: MemberProfile }) {
  return <CompliancePath name={profile.name} compliance={profile.compliance} />
}

/**
 * The Compact of Mayors path: each stage with its due date and whether it is met, due or overdue, and the badges
 * per pillar. The same on the public profile and in the officials' portal.
 */
export function CompliancePath({ name, compliance: c }: { name: string; compliance: ProfileCompliance }) {
  return (
    <section aria-labelledby="compliance-heading" className="mt-8">
      <h2 id="compliance-heading" className="text-2xl">
        Compliance path
      </h2>
      {c.commitmentDate === null ? (
        <p className="mt-2 max-w-3xl">
          The compliance path starts when a Compact of Mayors pledge is approved. {name} has no approved
          Compact of Mayors pledge, so no stage is due.
        </p>
      ) : (
        <>
          <p className="mt-2 max-w-3xl">
            Counted from the commitment date, {date(c.commitmentDate)}.{' '}
            {c.compliant && `${name} has completed every stage.`}
            {!c.compliant && c.nextDeadline && !c.overdue && `Next deadline: ${date(c.nextDeadline)}.`}
            {c.overdue && c.nextDeadline && (
              <Badge tone="danger">A stage is overdue: it was due {date(c.nextDeadline)}</Badge>
            )}
          </p>
          <DataTable
            className="mt-4"
            caption={`Compliance stages of ${name}`}
            hideCaption
            rows={c.stages}
            rowKey={(s) => s.key}
            columns={[
              { header: 'Stage', rowHeader: true, cell: (s) => s.label },
              { header: 'What counts', cell: (s) => s.evidence },
              { header: 'Due', cell: (s) => date(s.dueDate) },
              { header: 'Status', cell: (s) => <StageStatus stage={s} /> },
            ]}
          />
        </>
      )}
      <ComplianceBadges badges={c.badges} />
    </section>
  )
}

/** The badges per pillar: awarded (since when), lapsed, or what is missing. */
export function ComplianceBadges({ badges }: { badges: ProfileCompliance['badges'] }) {
  return (
    <>
      <h3 className="mt-6 text-xl">Badges</h3>
      <ul className="mt-2 flex flex-wrap gap-4">
        {badges.map((b) => (
          <li key={b.pillar} className="rounded border border-gray-300 p-3">
            <Badge tone={b.awarded ? 'success' : b.lapsed ? 'warning' : 'neutral'}>
              {b.label}: {b.awarded ? 'awarded' : b.lapsed ? 'lapsed' : 'not yet'}
            </Badge>
            {b.awarded && b.awardedAt && <p className="mt-1 text-sm">Since {date(b.awardedAt)}</p>}
            {!b.awarded && b.missing.length > 0 && (
              <p className="mt-1 text-sm">Missing: {b.missing.join(', ')}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
