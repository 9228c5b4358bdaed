import type { Metadata } from 'next'
import Link from 'next/link'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { PARTNER_KINDS, type PartnerKindCode } from '@/schemas/partners'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listPartnersForAdmin, type AdminPartnerSummary } from '@/server/partners/list-partners-for-admin'
import { AccessDenied } from '../access-denied'
import { formatDateTimeUtc } from '../date-time'

export const metadata: Metadata = { title: 'Experts and partners' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function AdminPartnersPage({ searchParams }: Props) {
  if (!(await requirePagePermission('partner.edit', '/admin/partners'))) return <AccessDenied staff />
  const [partners, { problem }] = await Promise.all([listPartnersForAdmin(), searchParams])
  return (
    <div>
      <h1 className="text-3xl">Experts and partners</h1>
      {problem === 'missing' && (
        <StatusNote className="mt-6" tone="problem">
          That entry could not be found. Choose one from the list.
        </StatusNote>
      )}
      <p className="mt-4 max-w-3xl">
        The network’s technical team and partner organisations, shown on the public{' '}
        <Link href="/network/partners">experts and partners</Link> page. A new entry starts as a draft;
        publishing shows it there at once. Never enter a person’s email or phone number: members reach the
        team through the network.
      </p>
      <p className="mt-4">
        <Link href="/admin/partners/new" className="font-semibold">
          Add an entry
        </Link>
      </p>
      <DataTable<AdminPartnerSummary>
        className="mt-6"
        caption="All entries, drafts included, by name"
        rows={partners}
        rowKey={(p) => p.id}
        empty="No entries yet."
        columns={[
          {
            header: 'Name',
            rowHeader: true,
            cell: (p) => <Link href={`/admin/partners/${p.id}`}>{p.name}</Link>,
          },
          { header: 'Kind', cell: (p) => PARTNER_KINDS[p.kind as PartnerKindCode] ?? p.kind },
          { header: 'Status', cell: (p) => (p.status === 'PUBLISHED' ? 'Published' : 'Draft') },
          { header: 'Last change (UTC)', cell: (p) => formatDateTimeUtc(p.updatedAt) },
        ]}
      />
    </div>
  )
}
