import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { listFacilitators } from '@/server/groups/list-facilitators'
import { AccessDenied } from '../../access-denied'
import { GroupForm } from '../group-form'

export const metadata: Metadata = { title: 'Add a group' }

export default async function NewGroupPage() {
  if (!(await requirePagePermission('group.edit', '/admin/groups/new'))) return <AccessDenied staff />
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Peer groups', href: '/admin/groups' }, { label: 'Add a group' }]} />
      <h1 className="text-3xl">Add a group</h1>
      <GroupForm
        facilitators={await listFacilitators()}
        defaults={{
          kind: '',
          name: '',
          slug: '',
          summary: '',
          description: '',
          topic: '',
          states: '',
          facilitatorId: '',
          startsOn: '',
          endsOn: '',
          members: '',
        }}
      />
    </div>
  )
}
