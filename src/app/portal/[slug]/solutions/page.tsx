import type { Metadata } from 'next'
import Link from 'next/link'
import { Badge } from '@/components/ui/badge'
import { DataTable } from '@/components/ui/data-table'
import { StatusNote } from '@/components/ui/status-note'
import { buttonClass } from '@/components/content/button-styles'
import { listPortalImplementations } from '@/server/introductions/list-portal-implementations'
import { findPortalMunicipality } from '@/server/portal/find-portal-municipality'
import { PortalBreadcrumbs } from '../../portal-breadcrumbs'
import { PortalAccessDenied } from '../../portal-access-denied'
import { portalData } from '../../portal-data'
import { setWillingToTalkAction } from './actions'

export const metadata: Metadata = { title: 'Solutions you will talk about' }

type Props = {
  params: Promise<{ slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

const SAVED: Record<string, string> = {
  willing: 'Saved: the solution’s page now offers other members an introduction to you.',
  'not-willing': 'Saved: the solution’s page no longer offers an introduction to you.',
}

/**
 * The municipality's Solutions Gateway implementations, each with a button to say whether its officials are
 * willing to talk about it: only those offer other members an introduction (brokered by email, decision 0021).
 */
export default async function PortalSolutionsPage({ params, searchParams }: Props) {
  const { slug } = await params
  const { saved } = await searchParams
  const m = await portalData(`/portal/${slug}/solutions`, () => findPortalMunicipality({ slug }))
  if (!m) return <PortalAccessDenied />
  const rows = await listPortalImplementations({ municipality: m })
  const banner = typeof saved === 'string' ? SAVED[saved] : undefined
  return (
    <div className="max-w-4xl">
      <PortalBreadcrumbs m={m} here="Solutions you will talk about" />
      {banner && <StatusNote className="mb-6">{banner}</StatusNote>}
      <h1 className="text-3xl">Solutions {m.name} will talk about</h1>
      <p className="mt-4">
        Other member municipalities can ask to be introduced to you about a solution you put in place, when
        you say you are willing to talk about it. We email your confirmed officials each request, without
        showing anyone your contact details; you accept or decline from the email.
      </p>
      <DataTable
        className="mt-6"
        caption={`Solutions Gateway entries ${m.name} implemented`}
        rows={rows}
        rowKey={(r) => r.slug}
        empty={<span>The Solutions Gateway lists no solution implemented by {m.name} yet.</span>}
        columns={[
          {
            header: 'Solution',
            rowHeader: true,
            cell: (r) => (r.published ? <Link href={`/solutions/${r.slug}`}>{r.title}</Link> : r.title),
          },
          { header: 'Year', cell: (r) => (r.year === null ? '—' : String(r.year)) },
          {
            header: 'Introductions',
            cell: (r) =>
              r.willingToTalk ? (
                <Badge tone="success">Willing to talk</Badge>
              ) : (
                <Badge tone="neutral">Not offered</Badge>
              ),
          },
          {
            header: 'Change',
            cell: (r) => (
              <form action={setWillingToTalkAction}>
                <input type="hidden" name="slug" value={m.slug} />
                <input type="hidden" name="solution" value={r.slug} />
                <input type="hidden" name="willing" value={r.willingToTalk ? 'no' : 'yes'} />
                <button type="submit" className={buttonClass.secondary}>
                  {r.willingToTalk ? 'Stop offering introductions' : 'We are willing to talk about it'}
                  <span className="sr-only">: {r.title}</span>
                </button>
              </form>
            ),
          },
        ]}
      />
    </div>
  )
}
