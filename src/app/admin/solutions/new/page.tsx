import type { Metadata } from 'next'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../access-denied'
import { SolutionForm } from '../solution-form'

export const metadata: Metadata = { title: 'Add a solution' }

export default async function NewSolutionPage() {
  if (!(await requirePagePermission('solution.edit', '/admin/solutions/new'))) return <AccessDenied staff />
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Solutions', href: '/admin/solutions' }, { label: 'Add a solution' }]} />
      <h1 className="text-3xl">Add a solution</h1>
      <SolutionForm
        defaults={{
          title: '',
          summary: '',
          body: '',
          costBand: '',
          coBenefits: '',
          hazards: [],
          sectors: [],
        }}
      />
    </div>
  )
}
