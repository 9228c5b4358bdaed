import 'server-only'
import { db } from '@/server/db'
import { csvStream } from '@/lib/csv'
import { isoDate } from '@/lib/format'
import { keysetBatches } from './keyset-batches'

export const SIGNATORY_COLUMNS = [
  'municipality_slug',
  'municipality_name',
  'state',
  'county',
  'population',
  'campaign_slug',
  'campaign_name',
  'pledge_text_version',
  'signatory_name',
  'signatory_title',
  'mandate_type',
  'signed_on',
  'commitment_date',
] as const

function fetchAfter(afterId: string | undefined, take: number) {
  return db.pledge.findMany({
    // Contact details (email, phone) are never published.
    where: { status: 'APPROVED', ...(afterId && { id: { gt: afterId } }) },
    orderBy: { id: 'asc' },
    take,
    select: {
      id: true,
      signatoryName: true,
      signatoryTitle: true,
      mandateType: true,
      signedAt: true,
      commitmentDate: true,
      pledgeText: { select: { version: true } },
      campaign: { select: { slug: true, name: true } },
      municipality: { select: { slug: true, name: true, state: true, county: true, population: true } },
    },
  })
}

/** signatories.csv: one row per approved pledge, streamed in batches. */
export function streamSignatoriesCsv(): ReadableStream<Uint8Array> {
  const batches = keysetBatches(fetchAfter, (rows) =>
    rows.map((p) => [
      p.municipality.slug,
      p.municipality.name,
      p.municipality.state,
      p.municipality.county,
      p.municipality.population,
      p.campaign.slug,
      p.campaign.name,
      p.pledgeText.version,
      p.signatoryName,
      p.signatoryTitle,
      p.mandateType,
      isoDate(p.signedAt),
      p.commitmentDate && isoDate(p.commitmentDate),
    ]),
  )
  return csvStream(SIGNATORY_COLUMNS, batches)
}
