import type { Metadata } from 'next'
import Link from 'next/link'
import { listCampaigns } from '@/server/campaigns/list-campaigns'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { formatNumber } from '@/lib/format'
import { CampaignMark } from '@/components/campaigns/campaign-mark'

export const revalidate = 3600

export const metadata: Metadata = {
  title: 'Campaigns',
  description:
    'The campaigns local governments join: Resilient Communities for America and the Compact of Mayors.',
  alternates: { canonical: '/campaigns' },
}

export default async function CampaignsPage() {
  const campaigns = await listCampaigns()
  return (
    <div>
      <Breadcrumbs items={[{ label: 'Home', href: '/' }, { label: 'Campaigns' }]} />
      <h1 className="text-3xl">Campaigns</h1>
      <p className="mt-4 max-w-3xl">
        Municipalities join a campaign by signing its pledge. Each campaign page has the pledge text, the
        story behind it and every signatory.
      </p>
      <ul className="mt-6 grid gap-6 md:grid-cols-2">
        {campaigns.map((c) => (
          <li key={c.slug} className="rounded border border-gray-300 p-5">
            <h2 className="flex items-center gap-3 text-xl">
              <CampaignMark slug={c.slug} />
              <Link href={`/campaigns/${c.slug}`}>{c.name}</Link>
            </h2>
            <p className="mt-2">{c.tagline}</p>
            <p className="mt-2 font-semibold" data-testid={`signatories-${c.slug}`}>
              {formatNumber(c.signatories)} {c.signatories === 1 ? 'signatory' : 'signatories'}
            </p>
            <p className="mt-3">
              <Link href={`/pledge?campaign=${c.slug}`}>
                Sign the {c.shortName} pledge<span className="sr-only"> for your municipality</span>
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  )
}
