import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { siteSettings } from '@/lib/site'
import { getPublishedSolution } from '@/server/solutions/get-published-solution'
import { costBandLabel } from '@/schemas/solutions'
import { hazardLabel, sectorLabel } from '@/lib/domain/hazards'
import { Breadcrumbs } from '@/components/ui/breadcrumbs'
import { Markdown } from '@/components/ui/markdown'

type Props = { params: Promise<{ slug: string }> }

export const revalidate = 3600

// Rendered on first request, then served from the cache until its tags expire (incremental static regeneration).
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const solution = await getPublishedSolution({ slug })
  if (!solution) return { title: 'Solution not found' }
  const url = `/solutions/${solution.slug}`
  return {
    title: solution.title,
    description: solution.summary,
    alternates: { canonical: url },
    openGraph: {
      title: solution.title,
      description: solution.summary,
      url,
      type: 'article',
      siteName: siteSettings().siteName,
    },
  }
}

export default async function SolutionPage({ params }: Props) {
  const { slug } = await params
  const solution = await getPublishedSolution({ slug })
  if (!solution) notFound()
  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Home', href: '/' },
          { label: 'Solutions', href: '/solutions' },
          { label: solution.title },
        ]}
      />
      <article>
        <h1 className="text-3xl">{solution.title}</h1>
        <p className="mt-4 max-w-3xl text-lg">{solution.summary}</p>
        <dl className="mt-6 grid max-w-3xl gap-4 sm:grid-cols-2">
          <Fact
            label="Hazards addressed"
            value={solution.hazards.map(hazardLabel).join(', ') || 'None listed'}
          />
          <Fact label="Sectors" value={solution.sectors.map(sectorLabel).join(', ') || 'None listed'} />
          <Fact label="Cost" value={costBandLabel(solution.costBand)} />
          <Fact label="Co-benefits" value={solution.coBenefits || 'None listed'} />
        </dl>
        <Markdown source={solution.body} className="mt-8" />
      </article>
      <section aria-labelledby="implemented-heading" className="mt-10">
        <h2 id="implemented-heading" className="text-2xl">
          Municipalities that implemented it
        </h2>
        {solution.implementations.length === 0 ? (
          <p className="mt-2">No member municipality has reported implementing this solution yet.</p>
        ) : (
          <>
            {solution.implementations.some((m) => m.willingToTalk) && (
              <p className="mt-2 max-w-3xl">
                Officials of member municipalities can ask those willing to talk about it for an introduction:
                the network passes the request on, without showing anyone’s contact details.
              </p>
            )}
            <ul className="mt-4 list-disc space-y-1 pl-6" data-testid="implementations">
              {solution.implementations.map((m) => (
                <li key={m.slug}>
                  <a href={`/members/${m.slug}`}>
                    {m.name}, {m.state}
                  </a>
                  {m.year !== null && ` (${m.year})`}
                  {m.note && <span className="text-muted">: {m.note}</span>}
                  {m.willingToTalk && (
                    <>
                      {' '}
                      <span className="whitespace-nowrap">
                        (willing to talk about it:{' '}
                        <a href={`/introductions/new?to=${m.slug}&solution=${solution.slug}`}>
                          ask for an introduction<span className="sr-only"> to {m.name}</span>
                        </a>
                        )
                      </span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {solution.related.length > 0 && (
        <section aria-labelledby="related-heading" className="mt-10">
          <h2 id="related-heading" className="text-2xl">
            Related solutions
          </h2>
          <ul className="mt-4 grid gap-4 md:grid-cols-2">
            {solution.related.map((r) => (
              <li key={r.slug} className="rounded border border-gray-300 p-4">
                <h3 className="text-lg">
                  <Link href={`/solutions/${r.slug}`}>{r.title}</Link>
                </h3>
                <p className="mt-1">{r.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="font-semibold">{label}</dt>
      <dd className="mt-1">{value}</dd>
    </div>
  )
}
