import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { buttonClass } from '@/components/content/button-styles'
import { StatusNote } from '@/components/ui/status-note'
import { recordId } from '@/schemas/content'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { getPartnerForEdit } from '@/server/partners/get-partner-for-edit'
import { AccessDenied } from '../../access-denied'
import { setPartnerStatusAction } from '../actions'
import { PartnerForm } from '../partner-form'

export const metadata: Metadata = { title: 'Edit an expert or partner' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, string> = {
  created: 'Entry saved as a draft. Publish it to show it on the experts and partners page.',
  saved: 'Changes saved.',
  published: 'Published. The entry is on the experts and partners page now.',
  unpublished: 'The entry is no longer on the experts and partners page.',
  unchanged: 'Nothing changed: the entry already had that status.',
}

export default async function EditPartnerPage({ params, searchParams }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('partner.edit', `/admin/partners/${encodeURIComponent(id)}`)))
    return <AccessDenied staff />
  const parsed = recordId.safeParse(id)
  const partner = parsed.success ? await getPartnerForEdit({ id: parsed.data }) : null
  if (!partner) {
    return (
      <div>
        <h1 className="text-3xl">Entry not found</h1>
        <p className="mt-4">
          Go back to the <Link href="/admin/partners">experts and partners</Link>.
        </p>
      </div>
    )
  }
  const done = (await searchParams).done
  const banner = typeof done === 'string' ? BANNERS[done] : undefined
  const published = partner.status === 'PUBLISHED'
  return (
    <div>
      <Breadcrumbs
        items={[{ label: 'Experts and partners', href: '/admin/partners' }, { label: partner.values.name }]}
      />
      <h1 className="text-3xl">Edit: {partner.values.name}</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <p className="mt-4" data-testid="partner-status">
        <span className="font-semibold">Status:</span> {published ? 'Published' : 'Draft'}
      </p>
      <form action={setPartnerStatusAction} className="mt-6">
        <input type="hidden" name="id" value={partner.id} />
        <input type="hidden" name="status" value={published ? 'DRAFT' : 'PUBLISHED'} />
        <button type="submit" className={published ? buttonClass.secondary : buttonClass.primary}>
          {published ? 'Unpublish this entry' : 'Publish this entry'}
        </button>
      </form>
      <PartnerForm id={partner.id} defaults={partner.values} />
    </div>
  )
}
