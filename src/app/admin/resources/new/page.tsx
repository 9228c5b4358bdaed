import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { RESOURCE_KINDS, type ResourceKindCode } from '@/lib/domain/resources'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listResourceOwners } from '@/server/resources/list-resource-owners'
import { AccessDenied } from '../../access-denied'
import { ResourceForm } from '../resource-form'

export const metadata: Metadata = { title: 'Add a guide or tool' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

const KIND_HINTS: Record<ResourceKindCode, string> = {
  GUIDE: 'Written here in markdown, with drafts, preview and revisions.',
  FILE: 'A PDF, an Excel workbook or a CSV file for members to download.',
  LINK: 'An external tool or website, by its https address.',
}

const CHOICES: Record<ResourceKindCode, string> = {
  GUIDE: 'a guide',
  FILE: 'a file to download',
  LINK: 'a link to an external tool',
}

const isKind = (v: unknown): v is ResourceKindCode => typeof v === 'string' && v in RESOURCE_KINDS

export default async function NewResourcePage({ searchParams }: Props) {
  const user = await requirePagePermission('resource.edit', '/admin/resources/new')
  if (!user) return <AccessDenied staff />
  const { kind } = await searchParams
  const crumbs = [{ label: 'Guides and tools', href: '/admin/resources' }, { label: 'Add an entry' }]
  if (!isKind(kind)) {
    return (
      <div>
        <Breadcrumbs items={crumbs} />
        <h1 className="text-3xl">What would you like to add?</h1>
        <ul className="mt-6 space-y-4">
          {(Object.keys(RESOURCE_KINDS) as ResourceKindCode[]).map((k) => (
            <li key={k}>
              <Link href={`/admin/resources/new?kind=${k}`} className="text-xl font-semibold">
                {CHOICES[k].replace(/^./, (c) => c.toUpperCase())}
              </Link>
              <p>{KIND_HINTS[k]}</p>
            </li>
          ))}
        </ul>
      </div>
    )
  }
  const owners = await listResourceOwners()
  return (
    <div>
      <Breadcrumbs items={crumbs} />
      <h1 className="text-3xl">Add {CHOICES[kind]}</h1>
      <p className="mt-2">
        <Link href="/admin/resources/new">Choose another kind</Link>
      </p>
      <ResourceForm
        kind={kind}
        owners={owners}
        defaults={{
          kind,
          title: '',
          slug: '',
          summary: '',
          body: '',
          url: '',
          topics: [],
          audience: 'LOCAL_STAFF',
          membersOnly: '',
          stages: [],
          reviewedOn: new Date().toISOString().slice(0, 10),
          ownerId: user.id,
          note: '',
        }}
      />
    </div>
  )
}
