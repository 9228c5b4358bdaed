import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { buttonClass } from '@/components/content/button-styles'
import { StatusNote } from '@/components/ui/status-note'
import { recordId } from '@/schemas/content'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { getSolutionForEdit } from '@/server/solutions/get-solution-for-edit'
import { AccessDenied } from '../../access-denied'
import { formatDateTimeUtc } from '../../date-time'
import { setSolutionStatusAction } from '../actions'
import { SolutionForm } from '../solution-form'

export const metadata: Metadata = { title: 'Edit solution' }

type Props = {
  params: Promise<{ id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const BANNERS: Record<string, string> = {
  created: 'Solution saved as a draft. Publish it to show it on the Solutions Gateway.',
  saved: 'Changes saved.',
  published: 'Published. The solution is on the Solutions Gateway now.',
  unpublished: 'The solution is no longer on the Solutions Gateway.',
  unchanged: 'Nothing changed: the solution already had that status.',
}

export default async function EditSolutionPage({ params, searchParams }: Props) {
  const { id } = await params
  if (!(await requirePagePermission('solution.edit', `/admin/solutions/${encodeURIComponent(id)}`)))
    return <AccessDenied staff />
  const parsed = recordId.safeParse(id)
  const solution = parsed.success ? await getSolutionForEdit({ id: parsed.data }) : null
  if (!solution) {
    return (
      <div>
        <h1 className="text-3xl">Solution not found</h1>
        <p className="mt-4">
          Go back to the <Link href="/admin/solutions">solutions</Link>.
        </p>
      </div>
    )
  }
  const done = (await searchParams).done
  const banner = typeof done === 'string' ? BANNERS[done] : undefined
  const published = solution.status === 'PUBLISHED'
  return (
    <div>
      <Breadcrumbs
        items={[{ label: 'Solutions', href: '/admin/solutions' }, { label: solution.values.title }]}
      />
      <h1 className="text-3xl">Edit: {solution.values.title}</h1>
      {banner && <StatusNote className="mt-6">{banner}</StatusNote>}
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">Status</dt>
        <dd data-testid="solution-status">
          {published ? 'Published' : 'Draft'}
          {solution.publishedAt && published ? ` since ${formatDateTimeUtc(solution.publishedAt)} UTC` : ''}
        </dd>
        <dt className="font-semibold">Address</dt>
        <dd>
          {published ? (
            <a href={`/solutions/${solution.slug}`}>/solutions/{solution.slug}</a>
          ) : (
            `/solutions/${solution.slug} (once published)`
          )}
        </dd>
      </dl>
      <form action={setSolutionStatusAction} className="mt-6">
        <input type="hidden" name="id" value={solution.id} />
        <input type="hidden" name="status" value={published ? 'DRAFT' : 'PUBLISHED'} />
        <button type="submit" className={published ? buttonClass.secondary : buttonClass.primary}>
          {published ? 'Unpublish this solution' : 'Publish this solution'}
        </button>
      </form>
      <SolutionForm id={solution.id} defaults={solution.values} />
    </div>
  )
}
