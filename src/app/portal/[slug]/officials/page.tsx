import type { Metadata } from 'next'
import { Badge } from '@/components/ui/badge'
import { DataTable } from '@/components/ui/data-table'
import { getPortalMunicipality } from '@/server/portal/get-portal-municipality'
import { PortalBreadcrumbs } from '../../portal-breadcrumbs'
import { PortalAccessDenied } from '../../portal-access-denied'
import { portalData } from '../../portal-data'
import { InviteForm } from './invite-form'

export const metadata: Metadata = { title: 'Officials' }

type Props = { params: Promise<{ slug: string }> }

export default async function PortalOfficialsPage({ params }: Props) {
  const { slug } = await params
  const m = await portalData(`/portal/${slug}/officials`, () => getPortalMunicipality({ slug }))
  if (!m) return <PortalAccessDenied />
  return (
    <div className="max-w-3xl">
      <PortalBreadcrumbs m={m} here="Officials" />
      <h1 className="text-3xl">Officials of {m.name}</h1>
      <DataTable
        className="mt-6"
        caption={`People who manage ${m.name} in the portal`}
        rows={m.officials}
        rowKey={(o) => o.email}
        columns={[
          { header: 'Name', rowHeader: true, cell: (o) => `${o.name ?? o.email}${o.you ? ' (you)' : ''}` },
          { header: 'Title', cell: (o) => o.title ?? '—' },
          { header: 'Email', cell: (o) => o.email },
          {
            header: 'Status',
            cell: (o) =>
              o.confirmed ? (
                <Badge tone="success">Confirmed</Badge>
              ) : (
                <Badge tone="warning">Awaiting staff</Badge>
              ),
          },
        ]}
      />
      <section aria-labelledby="invite-heading" className="mt-10">
        <h2 id="invite-heading" className="text-2xl">
          Invite a colleague
        </h2>
        <p className="mt-2">
          Colleagues can help set targets and prepare reports. Our staff confirm each invitation before the
          colleague can sign in.
        </p>
        <InviteForm slug={m.slug} />
      </section>
    </div>
  )
}
