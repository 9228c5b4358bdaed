// Rules the database itself enforces, whatever the application code does.
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { db, uniqueSlug } from '../../helpers/db'

const created = { municipalities: [] as string[], campaigns: [] as string[] }

async function municipality(slug = uniqueSlug('town')) {
  const m = await db.municipality.create({
    data: { slug, name: 'Testville', searchName: 'testville', state: 'VT', isMember: true },
  })
  created.municipalities.push(m.id)
  return m
}

async function campaign() {
  const slug = uniqueSlug('campaign')
  const c = await db.campaign.create({
    data: {
      slug,
      name: 'Test campaign',
      shortName: 'TC',
      tagline: 'For tests',
      pledgeTexts: {
        create: { version: 1, title: 'Pledge', preamble: 'We pledge.', publishedAt: new Date() },
      },
    },
    include: { pledgeTexts: true },
  })
  created.campaigns.push(c.id)
  return { ...c, pledgeText: c.pledgeTexts[0]! }
}

afterAll(async () => {
  // Municipalities cascade to pledges and reports; campaigns then have nothing referring to them.
  await db.municipality.deleteMany({ where: { id: { in: created.municipalities } } })
  await db.campaign.deleteMany({ where: { id: { in: created.campaigns } } })
})

describe('one live pledge per municipality and campaign', () => {
  let town: Awaited<ReturnType<typeof municipality>>
  let camp: Awaited<ReturnType<typeof campaign>>
  const pledge = (status: 'PENDING_REVIEW' | 'APPROVED', email: string) =>
    db.pledge.create({
      data: {
        campaignId: camp.id,
        pledgeTextId: camp.pledgeText.id,
        municipalityId: town.id,
        liveKey: `${town.id}:${camp.id}`,
        signatoryName: 'Pat Mayor',
        signatoryTitle: 'Mayor',
        email,
        emailNormalized: email.toLowerCase(),
        mandateType: 'LETTER',
        status,
      },
    })

  beforeAll(async () => {
    town = await municipality()
    camp = await campaign()
  })

  test('a second live pledge is refused by the database', async () => {
    await pledge('APPROVED', 'first@example.org')
    await expect(pledge('PENDING_REVIEW', 'second@example.org')).rejects.toMatchObject({ code: 'P2002' })
    expect(await db.pledge.count({ where: { municipalityId: town.id } })).toBe(1)
  })

  test.each(['REJECTED', 'WITHDRAWN'] as const)(
    'a new pledge is accepted once the live one is %s',
    async (status) => {
      await db.pledge.updateMany({
        where: { liveKey: `${town.id}:${camp.id}` },
        data: { status, liveKey: null },
      })
      const again = await pledge('PENDING_REVIEW', `${status.toLowerCase()}@example.org`)
      expect(again.liveKey).toBe(`${town.id}:${camp.id}`)
    },
  )

  test('the same municipality may hold a live pledge in another campaign', async () => {
    const other = await campaign()
    const live = await db.pledge.create({
      data: {
        campaignId: other.id,
        pledgeTextId: other.pledgeText.id,
        municipalityId: town.id,
        liveKey: `${town.id}:${other.id}`,
        signatoryName: 'Pat Mayor',
        signatoryTitle: 'Mayor',
        email: 'pat@example.org',
        emailNormalized: 'pat@example.org',
        mandateType: 'COUNCIL_RESOLUTION',
      },
    })
    expect(live.status).toBe('PENDING_EMAIL')
  })
})

describe('progress reports', () => {
  test('one report per municipality and accounting year', async () => {
    const town = await municipality()
    await db.progressReport.create({ data: { municipalityId: town.id, accountingYear: 2024 } })
    await expect(
      db.progressReport.create({ data: { municipalityId: town.id, accountingYear: 2024 } }),
    ).rejects.toMatchObject({ code: 'P2002' })
    await db.progressReport.create({ data: { municipalityId: town.id, accountingYear: 2025 } })
    expect(await db.progressReport.count({ where: { municipalityId: town.id } })).toBe(2)
  })
})

describe('slugs are unique', () => {
  test('municipality', async () => {
    const { slug } = await municipality()
    await expect(municipality(slug)).rejects.toMatchObject({ code: 'P2002' })
  })

  test('campaign', async () => {
    const { slug } = await campaign()
    await expect(
      db.campaign.create({ data: { slug, name: 'Copy', shortName: 'C', tagline: 'Copy' } }),
    ).rejects.toMatchObject({ code: 'P2002' })
  })

  test('solution and content page', async () => {
    const slug = uniqueSlug('solution')
    const solution = {
      slug,
      title: 'Green roofs',
      summary: 's',
      body: 'b',
      searchText: 'green roofs',
      costBand: 'LOW',
      coBenefits: '',
    } as const
    await db.solution.create({ data: solution })
    await expect(db.solution.create({ data: solution })).rejects.toMatchObject({ code: 'P2002' })
    await db.solution.delete({ where: { slug } })

    const page = { slug: uniqueSlug('page'), title: 'About', body: 'Text', searchText: 'text' }
    await db.contentPage.create({ data: page })
    await expect(db.contentPage.create({ data: page })).rejects.toMatchObject({ code: 'P2002' })
    await db.contentPage.delete({ where: { slug: page.slug } })
  })
})
