import Link from 'next/link'
import { isAppError } from '@/server/errors'
import { adminGetMunicipality } from '@/server/municipalities/admin-get-municipality'

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
