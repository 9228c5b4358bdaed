import type { MemberProfile } from '@/server/municipalities/get-member-profile'

/** Links to the profile's data, and the HTML a municipality can paste to show its badge. */
export function ProfileOpenData({ profile, siteUrl }: { profile: MemberProfile; siteUrl: string }) {
  const badgeUrl = `${siteUrl}/badge/${profile.slug}.svg`
  const snippet = `<a href="${siteUrl}/members/${profile.slug}"><img src="${badgeUrl}" alt="${profile.name}: climate leadership member"></a>`
  return (
    <section aria-labelledby="data-heading" className="mt-8">
      <h2 id="data-heading" className="text-2xl">
        Open data
      </h2>
      <ul className="mt-2 list-disc pl-6">
        <li>
          <a href={`/api/v1/municipalities/${profile.slug}`}>{profile.name} as JSON</a>
        </li>
        <li>
          <a href={`/data/inventories.csv?municipality=${profile.slug}`}>
            Verified inventories of {profile.name} as CSV
          </a>
        </li>
        <li>
          Targets and verified reports in the Common Reporting Framework’s fields:{' '}
          <a href={`/api/v1/municipalities/${profile.slug}/crf`}>CRF export of {profile.name} (JSON)</a>,{' '}
          <a href={`/api/v1/municipalities/${profile.slug}/crf?format=csv`}>CRF export (CSV)</a>
        </li>
      </ul>
      <h3 className="mt-6 text-xl">Badge for your website</h3>
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG route, not an optimisable image */}
      <img
        src={`/badge/${profile.slug}.svg`}
        alt={`Badge: ${profile.name}, climate leadership member`}
        className="mt-2"
      />
      <p className="mt-2" id="badge-snippet-hint">
        Copy this HTML into your website to show the badge:
      </p>
      <pre
        className="mt-2 overflow-x-auto rounded bg-gray-100 p-3 text-sm"
        aria-describedby="badge-snippet-hint"
        tabIndex={0}
      >
        <code>{snippet}</code>
      </pre>
    </section>
  )
}
