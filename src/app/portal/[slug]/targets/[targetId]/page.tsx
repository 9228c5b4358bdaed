import type { Metadata } from 'next'
import Link from 'next/link'
import { TARGET_TYPES, targetToFormValues, targetTypeSchema } from '@/schemas/targets'
import { getTargetForEdit } from '@/server/targets/get-target-for-edit'
import { PortalBreadcrumbs } from '../../../portal-breadcrumbs'
import { PortalAccessDenied } from '../../../portal-access-denied'
import { portalData } from '../../../portal-data'
import { TargetForm } from '../target-form'
import { TypeChooser } from '../type-chooser'

export const metadata: Metadata = { title: 'Edit target' }

type Props = {
  params: Promise<{ slug: string; targetId: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function EditTargetPage({ params, searchParams }: Props) {
  const { slug, targetId } = await params
  const query = await searchParams
  const path = `/portal/${slug}/targets/${targetId}`
  const found = await portalData(path, () => getTargetForEdit({ slug, targetId }))
  if (!found) return <PortalAccessDenied />
  const { municipality: m, target, willReplace } = found
  const chosen = targetTypeSchema.safeParse(query.type)
  const type = chosen.success ? chosen.data : target.type
  return (
    <div className="max-w-3xl">
      <PortalBreadcrumbs m={m} here="Edit target" />
      <h1 className="text-3xl">
        Edit the {TARGET_TYPES[type].label.toLowerCase()} of {m.name}
      </h1>
      <p className="mt-4">
        {willReplace
          ? 'Progress has been published against this target, so saving keeps it in the history as replaced and makes your changes a new target.'
          : 'No progress report has been verified yet, so saving corrects this target.'}
      </p>
      {query.choose === '1' ? (
        <TypeChooser action={path} current={type} />
      ) : (
        <>
          <p className="mt-2">
            <Link href={`${path}?choose=1`}>Change the type of target</Link>
          </p>
          <TargetForm
            slug={m.slug}
            targetId={target.id}
            type={type}
            defaults={{ ...targetToFormValues(target), type }}
            submitLabel="Save changes"
          />
        </>
      )}
    </div>
  )
}
