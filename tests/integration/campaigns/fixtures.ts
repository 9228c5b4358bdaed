// Factories for campaign page tests, named by the state they create.
import { db, uniqueSlug } from '../../helpers/db'
import { memberMunicipality, referencePlace } from '../../fixtures/factories'

export async function campaign(options: { hasCompliancePath?: boolean } = {}) {
  const slug = uniqueSlug('campaign')
  return db.campaign.create({
    data: {
      slug,
      name: `Campaign ${slug}`,
      shortName: slug,
      tagline: 'A test campaign',
      hasCompliancePath: options.hasCompliancePath ?? false,
      pledgeTexts: {
        create: [
          { version: 1, title: 'First text', preamble: 'First', publishedAt: new Date('2014-01-01') },
          {
            version: 2,
            title: 'Current text',
            preamble: 'We **commit**.',
            publishedAt: new Date('2016-01-01'),
            commitments: {
              create: [
                { position: 2, text: 'Cooperate' },
                { position: 1, text: 'Prepare' },
              ],
            },
          },
          // A draft: not published, so never shown.
          { version: 3, title: 'Draft text', preamble: 'Draft' },
        ],
      },
    },
    include: { pledgeTexts: { orderBy: { version: 'asc' } } },
  })
}

export async function municipality(options: { name?: string; state?: string; isMember?: boolean } = {}) {
  const slug = uniqueSlug('place')
  const { name = `Place ${slug}`, state = 'IL', isMember = true } = options
  return (isMember ? memberMunicipality : referencePlace)(db, { slug, name, state })
}

type Campaign = Awaited<ReturnType<typeof campaign>>

export async function pledgeFor(
  c: Campaign,
  municipalityId: string,
  status: 'APPROVED' | 'PENDING_REVIEW' | 'REJECTED' | 'WITHDRAWN' = 'APPROVED',
  commitmentDate = new Date('2020-01-01'),
) {
  const live = status === 'APPROVED' || status === 'PENDING_REVIEW'
  return db.pledge.create({
    data: {
      campaignId: c.id,
      pledgeTextId: c.pledgeTexts[1]!.id,
      municipalityId,
      liveKey: live ? `${municipalityId}:${c.id}` : null,
      signatoryName: 'Jo Mayor',
      signatoryTitle: 'Mayor',
      email: 'jo@example.gov',
      emailNormalized: 'jo@example.gov',
      mandateType: 'LETTER',
      status,
      commitmentDate: status === 'APPROVED' ? commitmentDate : null,
    },
  })
}

/** An approved signatory: a new member municipality with an approved pledge to the campaign. */
export async function approvedSignatory(
  c: Campaign,
  options: { name?: string; state?: string; commitmentDate?: Date } = {},
) {
  const m = await municipality(options)
  await pledgeFor(c, m.id, 'APPROVED', options.commitmentDate)
  return m
}

/** A progress report whose inventory adds up to `total` tCO2e, split over two sectors. */
export async function report(
  municipalityId: string,
  accountingYear: number,
  total: number,
  status: 'VERIFIED' | 'SUBMITTED' | 'RETURNED' = 'VERIFIED',
) {
  return db.progressReport.create({
    data: {
      municipalityId,
      accountingYear,
      status,
      inventory: {
        create: [
          { sector: 'STATIONARY_ENERGY', scope: 1, emissions: total * 0.75 },
          { sector: 'TRANSPORTATION', scope: 1, emissions: total * 0.25 },
          { sector: 'WASTE', scope: 3, notationKey: 'NE' },
        ],
      },
    },
  })
}
