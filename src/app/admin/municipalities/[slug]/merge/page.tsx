import type { Metadata } from 'next'
import { guardMunicipalityPage, MunicipalitySubPageHeading } from '../load-municipality'
import { MergeForm } from './merge-form'

export const metadata: Metadata = { title: 'Merge a duplicate' }

type Props = { params: Promise<{ slug: string }> }

export default async function MergePage({ params }: Props) {
  const { m, refusal } = await guardMunicipalityPage((await params).slug, 'merge')
  if (!m) return refusal
  return (
    <div className="max-w-3xl">
      <MunicipalitySubPageHeading m={m}>Merge {m.name} into another municipality</MunicipalitySubPageHeading>
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
