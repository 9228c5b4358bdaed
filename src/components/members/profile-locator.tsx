import { LOCATOR_HEIGHT, LOCATOR_WIDTH, pointsVersion } from '@/components/charts/member-points-svg'
import type { MemberProfile } from '@/server/municipalities/get-member-profile'

/** "Location of Aberdeen in Maryland": the locator map's alternative text (and its SVG title). */
export function locatorAlt(profile: Pick<MemberProfile, 'name' | 'stateName'>): string {
  return `Location of ${profile.name} in ${profile.stateName}`
}

/** The profile header's small map: the state's outline with a dot at the place (a cached SVG image). */
export function ProfileLocator({ profile }: { profile: MemberProfile }) {
  if (!profile.location) return null
  const version = pointsVersion([{ state: profile.state, ...profile.location }])
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a vector image: next/image has nothing to optimise
    <img
      src={`/members/${profile.slug}/locator.svg?v=${version}`}
      alt={locatorAlt(profile)}
      width={LOCATOR_WIDTH}
      height={LOCATOR_HEIGHT}
      decoding="async"
      className="mt-3 h-auto w-40"
      data-testid="profile-locator"
    />
  )
}
