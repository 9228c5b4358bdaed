import type { Metadata } from 'next'
import Link from 'next/link'
import { formatDate, isoDate } from '@/lib/format'
import { requirePagePermission } from '@/server/auth/require-page-permission'
import { AccessDenied } from '../../../access-denied'
import { loadMunicipality, NoSuchMunicipality } from '../load-municipality'
import { MembershipForm } from './membership-form'

export const metadata: Metadata = { title: 'Membership' }

type Props = { params: Promise<{ slug: string }> }

export default async function MembershipPage({ params }: Props) {
  const { slug } = await params
  const path = `/admin/municipalities/${slug}/membership`
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
      <h1 className="mt-2 text-3xl">Membership of {m.name}</h1>
      <p className="mt-4">
        {m.isMember
          ? `A member since ${m.memberSince ? formatDate(m.memberSince) : 'an unknown date'}.`
          : 'Not a member.'}
      </p>
      <p className="mt-4">
        Approving a pledge makes a municipality a member from its commitment date. Mark members here who
        joined another way, such as on paper before this site.
        {m.approvedPledges > 0 &&
          ' This municipality has an approved pledge, so it stays a member while that pledge stands.'}
      </p>
      <MembershipForm
        slug={m.slug}
        initial={{
          isMember: m.isMember ? '1' : '0',
          memberSince: m.memberSince ? isoDate(m.memberSince) : '',
        }}
      />
    </div>
  )
}
