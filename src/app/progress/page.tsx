import type { Metadata } from 'next'
import { siteSettings } from '@/lib/site'
import { formatDate, formatNumber } from '@/lib/format'
import { getNetworkFigures } from '@/server/campaigns/get-network-figures'
import { countSignatoriesOverTime } from '@/server/progress/count-signatories-over-time'
import { countComplianceStages } from '@/server/progress/count-compliance-stages'
import { countProgressByState } from '@/server/progress/count-progress-by-state'
import { getEmissionsProgress } from '@/server/progress/get-emissions-progress'
import { formatTonnes } from '@/components/charts/emissions-chart'
import { ProgressGrowth } from '@/components/progress/progress-growth'
import { ProgressCompliance } from '@/components/progress/progress-compliance'
import { ProgressEmissions } from '@/components/progress/progress-emissions'
import { ProgressStates } from '@/components/progress/progress-states'

// Cached like the home page; every figure's query is tagged `network` (and `members`), which an approval, a
// verification, a target change and a member's edit expire (src/server/cache-tags.ts).
export const revalidate = 3600

const title = 'Network progress report'
const description =
  'The network’s collective progress, live: members and signatories over time, compliance stages, badges, verified emissions against targets, projections to 2030 and 2050, by state.'

export function generateMetadata(): Metadata {
  const { siteName } = siteSettings()
  return {
    title,
    description,
    alternates: { canonical: '/progress' },
    openGraph: { title, description, url: '/progress', siteName, type: 'website' },
  }
}

// A JSON route, not a page: a plain link, never a client-side navigation.
const campaignsApi = '/api/v1/campaigns'

const contents = [
  ['summary', 'In figures'],
  ['growth', 'Members and signatories over time'],
  ['compliance', 'Compliance stages reached'],
  ['badges', 'Badges'],
  ['emissions', 'Verified emissions against the combined target path'],
  ['projections', 'Projections to 2030 and 2050'],
  ['reductions', 'Reductions already verified'],
  ['states', 'By state'],
] as const

export default async function ProgressPage() {
  const [figures, growth, compliance, emissions, states] = await Promise.all([
    getNetworkFigures(),
    countSignatoriesOverTime(),
    countComplianceStages(),
    getEmissionsProgress(),
    countProgressByState(),
  ])
  const in2030 = emissions.projections.years.find((y) => y.year === 2030)
  return (
    <article className="progress-report">
      <h1 className="text-4xl">{title}</h1>
      <p className="mt-4 max-w-3xl text-lg">
        Where the network stands, computed from the database as staff approve pledges, verify reports and
        members set targets, in the manner of the Global Covenant of Mayors&apos; annual aggregation report.
        Every figure says how it is computed and links to the open data behind it.
      </p>
      <p className="mt-2 text-sm text-muted">
        Figures as of <time dateTime={new Date().toISOString()}>{formatDate(new Date())}</time>.
      </p>

      <nav aria-labelledby="contents" className="no-print mt-6">
        <h2 id="contents" className="text-xl">
          Contents
        </h2>
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {contents.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby="summary" className="progress-section mt-10">
        <h2 id="summary" className="text-2xl">
          In figures
        </h2>
        <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <Figure id="members" label="Member municipalities" value={formatNumber(figures.members)} />
          {figures.campaigns.map((c) => (
            <Figure
              key={c.slug}
              id={`signatories-${c.slug}`}
              label={`${c.shortName} signatories`}
              value={formatNumber(c.signatories)}
            />
          ))}
          <Figure id="compliant" label="Compliant members" value={formatNumber(compliance.compliant)} />
          <Figure
            id="verified-reduction"
            label="Reduction verified since base years"
            value={`${formatTonnes(emissions.reductions.reduction)} tCO2e`}
          />
          {in2030 && (
            <Figure
              id="projection-2030"
              label="Projected 2030 emissions from current targets"
              value={`${formatTonnes(in2030.emissions)} tCO2e`}
            />
          )}
        </dl>
        <p className="mt-3 max-w-3xl text-sm">
          Members and signatories are counted as on the home page (approved pledges; the{' '}
          <a className="data-link" href={campaignsApi}>
            campaigns API
          </a>{' '}
          gives the same counts); the other figures are explained in their sections below.
        </p>
      </section>

      <ProgressGrowth data={growth} />
      <ProgressCompliance counts={compliance} />
      <ProgressEmissions progress={emissions} />
      <ProgressStates states={states} campaigns={figures.campaigns} />
    </article>
  )
}

function Figure({ id, label, value }: { id: string; label: string; value: string }) {
  return (
    <div className="rounded bg-brand-50 p-4" data-testid={`figure-${id}`}>
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-3xl font-bold text-brand-800">{value}</dd>
    </div>
  )
}
