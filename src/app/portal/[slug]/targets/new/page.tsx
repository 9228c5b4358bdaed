import type { Metadata } from 'next'
import Link from 'next/link'
import { TARGET_TYPES, targetTypeSchema } from '@/schemas/targets'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'
import { PortalBreadcrumbs } from '../../../portal-breadcrumbs'
import { PortalAccessDenied } from '../../../portal-access-denied'
import { portalData } from '../../../portal-data'
import { TargetForm } from '../target-form'
import { TypeChooser } from '../type-chooser'

export const metadata: Metadata = { title: 'New target' }

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export default async function NewTargetPage({ params, searchParams }: Props) {
  const { slug } = await params
  const type = targetTypeSchema.safeParse((await searchParams).type)
  const path = `/portal/${slug}/targets/new`
  const m = await portalData(path, () => findPortalMunicipality({ slug }))
  if (!m) return <PortalAccessDenied />
  return (
    <div className="max-w-3xl">
      <PortalBreadcrumbs m={m} here="New target" />
      {!type.success ? (
        <>
          <h1 className="text-3xl">New target for {m.name}</h1>
          <p className="mt-4">Choose the kind of target your municipality adopted.</p>
          <TypeChooser action={path} />
        </>
      ) : (
        <>
          <h1 className="text-3xl">
            New {TARGET_TYPES[type.data].label.toLowerCase()} for {m.name}
          </h1>
          <p className="mt-4">{TARGET_TYPES[type.data].hint}</p>
          <p className="mt-2">
            <Link href={path}>Choose a different type of target</Link>
          </p>
          <TargetForm
            slug={m.slug}
            type={type.data}
            defaults={{ type: type.data, sectorsCovered: [], gasesCovered: ['CO2', 'CH4', 'N2O'] }}
            submitLabel="Save target"
          />
        </>
      )}
    </div>
  )
}
