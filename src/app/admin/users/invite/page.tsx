import type { Metadata } from 'next'
import Link from 'next/link'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../access-denied'
import { InviteForm } from './invite-form'

export const metadata: Metadata = { title: 'Invite someone' }

export default async function InvitePage() {
  if (!(await requirePagePermission('user.manage', '/admin/users/invite'))) return <AccessDenied staff />
  return (
    <div className="max-w-3xl">
      <p>
        <Link href="/admin/users">Users</Link>
      </p>
      <h1 className="mt-2 text-3xl">Invite someone</h1>
      <p className="mt-4">
        We email them a link that works once, for 7 days. Staff choose their password when they accept;
        officials then sign in with a link sent to their email.
      </p>
      <InviteForm />
    </div>
  )
}
