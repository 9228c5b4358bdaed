import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../access-denied'
import { PartnerForm } from '../partner-form'

export const metadata: Metadata = { title: 'Add an expert or partner' }

export default async function NewPartnerPage() {
  if (!(await requirePagePermission('partner.edit', '/admin/partners/new'))) return <AccessDenied staff />
  return (
    <div>
      <Breadcrumbs
        items={[{ label: 'Experts and partners', href: '/admin/partners' }, { label: 'Add an entry' }]}
      />
      <h1 className="text-3xl">Add an expert or partner</h1>
      <PartnerForm
        defaults={{ name: '', kind: '', summary: '', helpsWith: '', statesServed: '', website: '' }}
      />
    </div>
  )
}
