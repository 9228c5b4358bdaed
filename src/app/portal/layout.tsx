import type { Metadata } from 'next'
import Link from 'next/link'
import { headers } from 'next/headers'
import { safeCallbackUrl } from '@/schemas/auth'
import { requirePortalUser } from '@/server/portal/require-portal-user'
import { SignOutButton } from '../signout/sign-out-button'
import { PortalAccessDenied } from './portal-access-denied'
import { portalData } from './portal-data'

export const metadata: Metadata = {
  title: { default: 'Officials’ portal', template: '%s · Officials’ portal' },
  robots: { index: false },
}

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  // The proxy passes the requested path so an expired session returns to the same page after sign-in.
  const path = safeCallbackUrl((await headers()).get('x-request-path'), '/portal')
  const user = await portalData(path, () => requirePortalUser())
  if (!user) return <PortalAccessDenied />
  return (
    <div>
      <div className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b-2 border-gray-300 pb-4">
        <nav aria-label="Officials’ portal">
          <Link href="/portal" className="font-semibold">
            Your municipalities
          </Link>
        </nav>
        <div className="flex flex-wrap items-center gap-4">
          <p className="text-muted">Signed in as {user.name ?? user.email}</p>
          <SignOutButton />
        </div>
      </div>
      {children}
    </div>
  )
}
