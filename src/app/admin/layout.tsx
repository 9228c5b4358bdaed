import type { Metadata } from 'next'
import { headers } from 'next/headers'
import { safeCallbackUrl } from '@/schemas/auth'
import { adminPages, can } from '@/server/auth/permissions'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { SignOutButton } from '../signout/sign-out-button'
import { AccessDenied } from './access-denied'
import { AdminNav } from './admin-nav'

export const metadata: Metadata = {
  title: { default: 'Staff area', template: '%s · Staff area' },
  robots: { index: false },
}

const ROLE_NAMES = { ADMIN: 'Administrator', EDITOR: 'Editor', MODERATOR: 'Moderator', OFFICIAL: 'Official' }

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  // The proxy passes the requested path so an expired session returns to the same page after sign-in.
  const path = safeCallbackUrl((await headers()).get('x-request-path'), '/admin')
  const user = await requirePagePermission('admin.view', path)
  if (!user) return <AccessDenied staff={false} />
  const links = adminPages
    .filter((p) => can(user.role, p.permission))
    .map(({ href, label }) => ({ href, label }))
  return (
    <div>
      <div className="mb-8 flex flex-wrap items-center justify-between gap-4 border-b-2 border-gray-300 pb-4">
        <AdminNav links={links} />
        <div className="flex flex-wrap items-center gap-4">
          <p className="text-muted">
            {user.name ?? user.email} <span className="text-sm">({ROLE_NAMES[user.role]})</span>
          </p>
          <SignOutButton />
          <a href="/signout">Other sign-out options</a>
        </div>
      </div>
      {children}
    </div>
  )
}
