import Link from 'next/link'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { isAppError } from '@/server/errors'
import { adminGetMunicipality } from '@/server/municipalities/admin-get-municipality'
import { AccessDenied } from '../../access-denied'

/**
 * The municipality a staff page is about, or null when no municipality has that slug. Not notFound():
 * on a page rendered per request it sends an empty document without JavaScript (decision 0007).
 */
export async function loadMunicipality(slug: string) {
  try {
    return await adminGetMunicipality({ slug: decodeURIComponent(slug) })
  } catch (e) {
    if (isAppError(e) && e.code === 'NOT_FOUND') return null
    throw e
  }
}

export function NoSuchMunicipality() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl">There is no such municipality</h1>
      <p className="mt-4">
        It may have been merged into another one.{' '}
        <Link href="/admin/municipalities">Search the municipalities</Link>.
      </p>
    </div>
  )
}

/** A staff page of one municipality (`sub`, below its own page): the municipality, or the page to show instead. */
export async function guardMunicipalityPage(slug: string, sub?: string) {
  const path = `/admin/municipalities/${slug}${sub ? `/${sub}` : ''}`
  if (!(await requirePagePermission('municipality.edit', path))) return { refusal: <AccessDenied staff /> }
  const m = await loadMunicipality(slug)
  if (!m) return { refusal: <NoSuchMunicipality /> }
  return { m }
}

/** The heading of a municipality's sub-page, under a link back to the municipality. */
export function MunicipalitySubPageHeading({
  m,
  children,
}: {
  m: { slug: string; name: string; state: string }
  children: React.ReactNode
}) {
  return (
    <>
      <p>
        <Link href={`/admin/municipalities/${m.slug}`}>
          {m.name}, {m.state}
        </Link>
      </p>
      <h1 className="mt-2 text-3xl">{children}</h1>
    </>
  )
}
