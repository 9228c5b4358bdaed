import type { Metadata } from 'next'
import Link from 'next/link'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { webLink } from '@/lib/web-link'
import { PARTNER_KINDS, statesServedLabel } from '@/schemas/partners'
import { listPublishedPartners } from '@/server/partners/list-published-partners'

// Rendered once and served from the cache until staff change an entry (tag `partners`).
export const revalidate = 3600

export const metadata: Metadata = {
  title: 'Experts and partners',
  description:
    'The network’s technical team and partner organisations: universities, regional planning agencies and ' +
    'others who help member municipalities with inventories, targets, assessments and plans.',
  alternates: { canonical: '/network/partners' },
}

export default async function PartnersPage() {
  const groups = await listPublishedPartners()
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Experts and partners' }]} />
      <h1 className="text-3xl">Experts and partners</h1>
      <div className="mt-4 max-w-3xl space-y-4">
        <p>
          Member municipalities are not on their own: the network’s technical team and its partner
          organisations help with every stage of the{' '}
          <Link href="/campaigns/compact-of-mayors">compliance path</Link>, from a first greenhouse gas
          inventory to plans that get funded.
        </p>
        <p>
          The network makes every first contact. No one’s email address or phone number is published here: a
          member’s officials ask the network, and the network puts them in touch with the right people.
        </p>
      </div>
      {groups.length === 0 ? (
        <p className="mt-8">The directory is being prepared. Please check back soon.</p>
      ) : (
        <>
          <nav aria-label="Kinds of partner" className="mt-6">
            <ul className="flex flex-wrap gap-x-6 gap-y-2">
              {groups.map((g) => (
                <li key={g.kind}>
                  <a href={`#${g.kind.toLowerCase()}`}>{PARTNER_KINDS[g.kind]}</a>
                </li>
              ))}
            </ul>
          </nav>
          {groups.map((g) => (
            <section key={g.kind} aria-labelledby={g.kind.toLowerCase()} className="mt-10">
              <h2 id={g.kind.toLowerCase()} className="text-2xl">
                {PARTNER_KINDS[g.kind]}
              </h2>
              <ul className="mt-4 grid gap-6 md:grid-cols-2">
                {g.partners.map((p) => {
                  const website = webLink(p.website)
                  return (
                    <li key={p.id} className="border border-slate-300 p-5">
                      <h3 className="text-xl">{p.name}</h3>
                      <p className="mt-2">{p.summary}</p>
                      <h4 className="mt-4 font-semibold">Helps members with</h4>
                      <ul className="mt-1 list-disc pl-6">
                        {p.helpsWith.map((item) => (
                          <li key={item}>{item}</li>
                        ))}
                      </ul>
                      <p className="mt-3">
                        <span className="font-semibold">Serves:</span> {statesServedLabel(p.statesServed)}
                      </p>
                      {website && (
                        <p className="mt-1">
                          <a href={website} rel="noopener">
                            {p.name} website<span className="sr-only"> (external site)</span>
                          </a>
                        </p>
                      )}
                    </li>
                  )
                })}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  )
}
