import type { Metadata } from 'next'
import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { DataTable } from '@/components/ui/data-table'
import { formatDate } from '@/lib/format'
import { COMPLIANCE_STAGES, type ComplianceStageCode } from '@/schemas/directory'
import { listMyMunicipalities, type MyMunicipality } from '@/server/portal/list-my-municipalities'
import { PortalAccessDenied } from './portal-access-denied'
import { portalData } from './portal-data'

export const metadata: Metadata = { title: { absolute: 'Officials’ portal' } }

function Deadline({ m }: { m: MyMunicipality }) {
  if (!m.nextDeadline) return <>—</>
  const when = formatDate(new Date(m.nextDeadline))
  return m.complianceOverdue ? <Badge tone="danger">Overdue since {when}</Badge> : <>{when}</>
}

export default async function PortalHomePage() {
  const data = await portalData('/portal', () => listMyMunicipalities())
  if (!data) return <PortalAccessDenied />
  const { confirmed, pending } = data
  return (
    <div>
      <h1 className="text-3xl">Your municipalities</h1>
      <p className="mt-4 max-w-3xl">
        Set each municipality’s emissions reduction targets, report its progress every year, and see what is
        due next on the compliance path.
      </p>
      <DataTable
        className="mt-6"
        caption="Municipalities you manage"
        rows={confirmed}
        rowKey={(m) => m.slug}
        empty={<span>You do not manage any municipality yet.</span>}
        columns={[
          {
            header: 'Municipality',
            rowHeader: true,
            cell: (m) => (
              <Link href={`/portal/${m.slug}`}>
                {m.name}, {m.state}
              </Link>
            ),
          },
          {
            header: 'Compliance stage reached',
            cell: (m) => COMPLIANCE_STAGES[m.complianceStage as ComplianceStageCode] ?? m.complianceStage,
          },
          { header: 'Next deadline', cell: (m) => <Deadline m={m} /> },
          { header: 'Active targets', numeric: true, cell: (m) => m.activeTargets },
        ]}
      />
      {pending.length > 0 && (
        <section aria-labelledby="pending-heading" className="mt-10">
          <h2 id="pending-heading" className="text-2xl">
            Waiting for confirmation
          </h2>
          <p className="mt-2">Our staff have yet to confirm you as an official of:</p>
          <ul className="mt-2 list-disc pl-6">
            {pending.map((m) => (
              <li key={m.slug}>
                {m.name}, {m.state}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
