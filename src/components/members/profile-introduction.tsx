import type { MemberProfile } from '@/server/municipalities/member-profile-types'

/**
 * "Talk to this municipality": a plain link to the introduction form (rendered per request with the session),
 * so the cached profile shows the same to everyone and never any official's contact.
 */
export function ProfileIntroduction({ profile }: { profile: MemberProfile }) {
  return (
    <section aria-labelledby="introduction-heading" className="mt-8">
      <h2 id="introduction-heading" className="text-2xl">
        Talk to {profile.name}
      </h2>
      <p className="mt-2 max-w-3xl">
        Officials of member municipalities can ask the network for an introduction to {profile.name}’s
        officials. We pass your request on without showing anyone’s contact details; if they accept, we email
        you both.
      </p>
      <p className="mt-2">
        <a href={`/introductions/new?to=${profile.slug}`} className="font-semibold">
          Ask for an introduction to {profile.name}
        </a>
      </p>
    </section>
  )
}
