import Link from 'next/link'
import { getNetworkFigures } from '@/server/campaigns/get-network-figures'
import { formatNumber } from '@/lib/format'

export const revalidate = 3600

export default async function HomePage() {
  const figures = await getNetworkFigures()
  return (
    <>
      <section aria-labelledby="intro" className="max-w-3xl">
        <h1 id="intro" className="text-4xl">
          Local governments leading on climate
        </h1>
        <p className="mt-4 text-lg">
          Our member municipalities pledge to cut greenhouse gas emissions, prepare for extreme weather and economic
          shocks, and report their progress in public. Residents can see every pledge, target and verified inventory.
        </p>
      </section>

      <section aria-labelledby="figures" className="mt-10">
        <h2 id="figures" className="text-2xl">
          The network in figures
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Figure label="Member municipalities" value={formatNumber(figures.members)} />
          <Figure label="States represented" value={formatNumber(figures.states)} />
          {figures.campaigns.map((c) => (
            <Figure key={c.slug} label={`${c.shortName} signatories`} value={formatNumber(c.signatories)} />
          ))}
          <Figure label="Verified progress reports" value={formatNumber(figures.verifiedReports)} />
        </dl>
      </section>

      <section aria-labelledby="campaigns" className="mt-10">
        <h2 id="campaigns" className="text-2xl">
          Campaigns
        </h2>
        <ul className="mt-4 grid gap-6 md:grid-cols-2">
          {figures.campaigns.map((c) => (
            <li key={c.slug} className="rounded border border-gray-300 p-5">
              <h3 className="text-xl">
                <Link href={`/campaigns/${c.slug}`}>{c.name}</Link>
              </h3>
              <p className="mt-2">{c.tagline}</p>
              <p className="mt-2 font-semibold">{formatNumber(c.signatories)} signatories</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded bg-brand-50 p-4">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-3xl font-bold text-brand-800">{value}</dd>
    </div>
  )
}
