import type { Metadata } from 'next'
import Link from 'next/link'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../../access-denied'
import { loadMunicipality, NoSuchMunicipality } from '../load-municipality'
import { MergeForm } from './merge-form'

export const metadata: Metadata = { title: 'Merge a duplicate' }

type Props = { params: Promise<{ slug: string }> }

export default async function MergePage({ params }: Props) {
  const { slug } = await params
  const path = `/admin/municipalities/${slug}/merge`
  if (!(await requirePagePermission('municipality.edit', path))) return <AccessDenied staff />
  const m = await loadMunicipality(slug)
  if (!m) return <NoSuchMunicipality />
  return (
    <div className="max-w-3xl">
      <p>
        <Link href={`/admin/municipalities/${m.slug}`}>
          {m.name}, {m.state}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl">Merge {m.name} into another municipality</h1>
      <p className="mt-4">
        Use this when {m.name} ({m.slug}) is a duplicate. Its pledges, reports, targets, officials and
        solutions move to the municipality you keep, facts the kept one lacks are copied over, and this
        duplicate is deleted. Its address stops working; the audit log keeps its slug.
      </p>
      <p className="mt-4">
        The merge is refused, changing nothing, while both have a live pledge for the same campaign or a
        report for the same year.
      </p>
      <MergeForm slug={m.slug} />
    </div>
  )
}
