import type { Metadata } from 'next'
import { feedAlternateTypes } from '@/lib/feed-link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { ProfileCampaigns, ProfileFacts } from '@/components/members/profile-facts'
import { ProfileLocator } from '@/components/members/profile-locator'
import { ProfileCompliance } from '@/components/members/profile-compliance'
import { ProfileEmissions } from '@/components/members/profile-emissions'
import { ProfileActions, ProfileHazards, ProfileSolutions } from '@/components/members/profile-resilience'
import { ProfileOpenData } from '@/components/members/profile-open-data'
import { ProfileIntroduction } from '@/components/members/profile-introduction'
import { siteSettings } from '@/lib/site'
import { FollowForm } from '@/components/follows/follow-form'
import { ShareLinks } from '@/components/layout/share-links'
import { getMemberProfile } from '@/server/municipalities/get-member-profile'

export const revalidate = 3600

// Rendered on first request, then served from the cache until its tags expire (incremental static regeneration).
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const profile = await getMemberProfile({ slug })
  if (!profile) return { title: 'Municipality not found' }
  return {
    title: `${profile.name}, ${profile.state}`,
    description: `${profile.name}, ${profile.stateName}: climate pledges, compliance stages, targets, verified emissions and climate hazards.`,
    alternates: { canonical: `/members/${profile.slug}`, types: feedAlternateTypes },
  }
}

export default async function MemberProfilePage({ params }: Props) {
  const { slug } = await params
  const profile = await getMemberProfile({ slug })
  if (!profile) notFound()
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Members', href: '/members' },
          { label: profile.name },
        ]}
      />
      <h1 className="text-3xl">
        {profile.name}, {profile.stateName}
      </h1>
      <ProfileLocator profile={profile} />
      <ProfileFacts profile={profile} />
      <ProfileCampaigns profile={profile} />
      <ProfileCompliance profile={profile} />
      <ProfileEmissions profile={profile} />
      <ProfileHazards profile={profile} />
      <ProfileActions profile={profile} />
      <ProfileSolutions profile={profile} />
      <ProfileIntroduction profile={profile} />
      <ProfileOpenData profile={profile} siteUrl={siteSettings().siteUrl} />
      <FollowForm slug={profile.slug} name={profile.name} />
      <ShareLinks
        url={`${siteSettings().siteUrl}/members/${profile.slug}`}
        title={`${profile.name}, ${profile.stateName}: climate commitments and progress`}
      />
    </>
  )
}
