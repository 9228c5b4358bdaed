import type { Metadata } from 'next'
import Link from 'next/link'
import { BOUNDARY_TYPES, MUNICIPALITY_CSV_COLUMNS } from '@/schemas/admin-municipality'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../access-denied'
import { ImportForm } from './import-form'

export const metadata: Metadata = { title: 'Import municipalities' }

export default async function ImportPage() {
  if (!(await requirePagePermission('municipality.edit', '/admin/municipalities/import')))
    return <AccessDenied staff />
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/admin/municipalities">Municipalities</Link>
      </p>
      <h1 className="mt-2 text-3xl">Import municipalities from CSV</h1>
      <p className="mt-4">
        Each row updates the municipality with its slug, or creates it when there is none. Every row is
        checked first: if any has a problem, nothing is imported and each problem is listed by row and column.
      </p>
      <p className="mt-4">
        Start from a <a href="/admin/municipalities/export.csv?members=1">download of the members</a>: it has
        the columns the import reads, in this order: <code>{MUNICIPALITY_CSV_COLUMNS.join(', ')}</code>. Empty
        cells clear a fact. <code>boundary_type</code> is one of{' '}
        <code>{Object.keys(BOUNDARY_TYPES).join(', ')}</code>; <code>is_member</code> and{' '}
        <code>member_since</code> (YYYY-MM-DD) may be left out to keep membership as it is.
      </p>
      <ImportForm />
    </div>
  )
}
