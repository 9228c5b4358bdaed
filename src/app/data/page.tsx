import type { Metadata } from 'next'
import Link from 'next/link'
import { siteSettings } from '@/lib/site'
import { getPublishedPage } from '@/server/content/get-published-page'
import { DataTable } from '@/components/ui/data-table'
import { Markdown } from '@/components/ui/markdown'
import { CrfSection } from './crf-section'
import { inventoryFields, signatoryFields, targetFields, type FieldDoc } from './_lib/fields'

export const revalidate = 3600

const description =
  'Download pledges, targets and verified greenhouse gas inventories of member municipalities as CSV or JSON, under CC BY 4.0.'

export function generateMetadata(): Metadata {
  // A page's openGraph replaces the layout's whole, so the site name is given again here.
  const { siteName } = siteSettings()
  return {
    title: 'Open data',
    description,
    alternates: { canonical: '/data' },
    openGraph: { title: 'Open data', description, url: '/data', siteName, type: 'website' },
  }
}

const exports = [
  {
    id: 'signatories',
    title: 'Signatories',
    href: '/data/signatories.csv',
    holds: 'One row per approved pledge: which municipality signed which campaign, who signed it and when.',
    fields: signatoryFields,
  },
  {
    id: 'targets',
    title: 'Targets',
    href: '/data/targets.csv',
    holds: 'One row per active emissions reduction target. Targets that were replaced are left out.',
    fields: targetFields,
  },
  {
    id: 'inventories',
    title: 'Greenhouse gas inventories',
    href: '/data/inventories.csv',
    holds:
      'One row per municipality, accounting year, GPC sector and scope, from verified progress reports only. Add ?municipality=<slug> to the address for one municipality.',
    fields: inventoryFields,
  },
]

export default async function DataPage() {
  const intro = await getPublishedPage('data')
  return (
    <>
      <h1 className="text-3xl">Open data</h1>
      {intro ? (
        <Markdown source={intro.body} className="mt-4" />
      ) : (
        <p className="mt-4 max-w-3xl text-lg">
          Everything the network publishes about its members is open data: pledges, targets and verified
          greenhouse gas inventories. Download it, analyse it and build on it.
        </p>
      )}

      <section aria-labelledby="downloads-heading" className="mt-8">
        <h2 id="downloads-heading" className="text-2xl">
          Downloads
        </h2>
        <p className="mt-2 max-w-3xl">
          Files are CSV (comma-separated, UTF-8, RFC 4180), updated as staff approve pledges and verify reports. Dates
          are written YYYY-MM-DD; empty cells mean no value. A cell that would start with =, +, - or @ is written with a
          leading apostrophe so that spreadsheets do not run it as a formula.
        </p>
        <ul className="mt-4 list-disc space-y-1 pl-6">
          {exports.map((e) => (
            <li key={e.id}>
              <a href={e.href} download>
                {e.title} (CSV)
              </a>{' '}
              — <a href={`#${e.id}`}>fields of this file</a>
            </li>
          ))}
          <li>
            <a href="/feed.xml">New signatories and verified reports (Atom feed)</a>
          </li>
        </ul>
      </section>

      {exports.map((e) => (
        <ExportSection key={e.id} {...e} />
      ))}

      <ApiSection />
      <CrfSection />
      <LicenceSection />
    </>
  )
}

type ExportProps = { id: string; title: string; href: string; holds: string; fields: FieldDoc[] }

function ExportSection({ id, title, href, holds, fields }: ExportProps) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl">
        {title}
      </h2>
      <p className="mt-2 max-w-3xl">{holds}</p>
      <p className="mt-2">
        <a href={href} download>
          Download {title.toLowerCase()} (CSV)
        </a>
      </p>
      <DataTable
        className="mt-4"
        caption={`Fields of ${href.slice('/data/'.length)}`}
        columns={[
          { header: 'Field', cell: (f) => <code>{f.name}</code>, rowHeader: true },
          { header: 'Type', cell: (f) => f.type },
          { header: 'Description', cell: (f) => f.description },
        ]}
        rows={fields}
        rowKey={(f) => f.name}
      />
    </section>
  )
}

function ApiSection() {
  return (
    <section aria-labelledby="api" className="mt-10">
      <h2 id="api" className="text-2xl">
        JSON API
      </h2>
      <p className="mt-2 max-w-3xl">
        The same data as JSON, read-only, without a key. Field names are snake_case, dates are ISO 8601, and errors
        come as <code>{'{ "error": { "code", "message" } }'}</code> with status 400 or 404. Responses may be up to five
        minutes old.
      </p>
      <DataTable
        className="mt-4"
        caption="API endpoints"
        columns={[
          { header: 'Address', cell: (r) => <a href={r.example}>{r.path}</a>, rowHeader: true },
          { header: 'What it returns', cell: (r) => r.returns },
        ]}
        rows={[
          {
            path: '/api/v1/municipalities',
            example: '/api/v1/municipalities',
            returns:
              'Member municipalities, 25 a page, with the directory’s filters: q, state, campaign, population, stage, overdue, sort, dir, page; links to the next and previous pages.',
          },
          {
            path: '/api/v1/municipalities/<slug>',
            example: '/api/v1/municipalities',
            returns: 'One member with its approved pledges, active targets and verified reports (inventory, hazards, actions).',
          },
          { path: '/api/v1/campaigns', example: '/api/v1/campaigns', returns: 'Every campaign with its signatory count.' },
          {
            path: '/api/v1/campaigns/<slug>',
            example: '/api/v1/campaigns',
            returns: 'One campaign with its signatories, 100 a page (page parameter).',
          },
        ]}
        rowKey={(r) => r.path}
      />
    </section>
  )
}

function LicenceSection() {
  return (
    <section aria-labelledby="licence" className="mt-10 max-w-3xl">
      <h2 id="licence" className="text-2xl">
        Licence and credits
      </h2>
      <p className="mt-2">
        Our data is published under the{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/">Creative Commons Attribution 4.0 licence (CC BY 4.0)</a>
        : you may share and adapt it for any purpose, provided you credit the network and link to this page.
      </p>
      <p className="mt-2">
        Place names, populations and locations come from <a href="https://www.geonames.org/">GeoNames</a>, also under{' '}
        <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>; please credit GeoNames as well when you use
        those fields.
      </p>
      <p className="mt-2">
        Inventories follow the <a href="https://ghgprotocol.org/ghg-protocol-cities">GPC</a> (Global Protocol for
        Community-Scale Greenhouse Gas Inventories). Figures are reported by municipalities and checked by network
        staff before publication. Questions about a figure? Start from the municipality’s page in the{' '}
        <Link href="/members">member directory</Link>.
      </p>
    </section>
  )
}
