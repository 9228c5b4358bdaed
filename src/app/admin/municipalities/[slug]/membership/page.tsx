import type { Metadata } from 'next'
import { formatDate, isoDate } from '@/lib/format'
import { guardMunicipalityPage, MunicipalitySubPageHeading } from '../load-municipality'
import { MembershipForm } from './membership-form'

export const metadata: Metadata = { title: 'Membership' }

type Props = { params: Promise<{ slug: string }> }

export default async function MembershipPage({ params }: Props) {
  const { m, refusal } = await guardMunicipalityPage((await params).slug, 'membership')
  if (!m) return refusal
  return (
    <div className="max-w-3xl">
      <MunicipalitySubPageHeading m={m}>Membership of {m.name}</MunicipalitySubPageHeading>
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
