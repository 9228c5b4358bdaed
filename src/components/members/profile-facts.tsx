import Link from 'next/link'
import { formatDate, formatNumber } from '@/lib/format'
import { webLink } from '@/lib/web-link'
import type { MemberProfile } from '@/server/municipalities/get-member-profile'

const date = (iso: string | null) => (iso ? formatDate(new Date(iso)) : '—')

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  )
}

// A pledge card's facts: the label small and bold in its own column, the value beside it.
function CardFact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[9.5rem_minmax(0,1fr)] gap-3 py-1.5">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  )
}

export function ProfileFacts({ profile }: { profile: MemberProfile }) {
  const websiteLink = webLink(profile.website)
  return (
    <section aria-labelledby="facts-heading" className="mt-8">
      <h2 id="facts-heading" className="text-2xl">
        Facts
      </h2>
      <dl className="facts mt-2 max-w-3xl">
        <Fact label="State">{profile.stateName}</Fact>
        {profile.county && <Fact label="County">{profile.county}</Fact>}
        <Fact label="Population">
          {profile.population === null
            ? 'Not known'
            : `${formatNumber(profile.population)}${profile.populationYear ? ` (${profile.populationYear})` : ''}`}
        </Fact>
        <Fact label="Member since">{date(profile.memberSince)}</Fact>
        {websiteLink && (
          <Fact label="Website">
            <a href={websiteLink} rel="noopener noreferrer">
              {websiteLink.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              <span className="sr-only"> (official website of {profile.name})</span>
            </a>
          </Fact>
        )}
      </dl>
    </section>
  )
}

export function ProfileCampaigns({ profile }: { profile: MemberProfile }) {
  return (
    <section aria-labelledby="campaigns-heading" className="mt-8">
      <h2 id="campaigns-heading" className="text-2xl">
        Campaigns and pledges
      </h2>
      {profile.campaigns.length === 0 ? (
        <p className="mt-2">No approved pledge yet.</p>
      ) : (
        <ul className="mt-2 grid gap-4 md:grid-cols-2">
          {profile.campaigns.map((c) => (
            <li key={c.slug} className="rounded border border-gray-300 p-4">
              <h3 className="text-xl">
                <Link href={`/campaigns/${c.slug}`}>{c.name}</Link>
              </h3>
              <dl className="mt-3 divide-y divide-gray-200 border-t border-gray-200">
                <CardFact label="Signed by">
                  {c.signatoryName}, {c.signatoryTitle}
                </CardFact>
                <CardFact label="Date signed">{date(c.signedAt)}</CardFact>
                <CardFact label="Commitment date">{date(c.commitmentDate)}</CardFact>
                <CardFact label="Pledge text">Version {c.pledgeTextVersion}</CardFact>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
