import { beforeEach, describe, expect, it } from 'vitest'
import { truncateAll } from '../../helpers/db'
import { listSignatories, SIGNATORIES_PAGE_SIZE } from '@/server/campaigns/list-signatories'
import { countSignatoriesByState } from '@/server/campaigns/count-signatories-by-state'
import { getCampaign } from '@/server/campaigns/get-campaign'
import { listCampaigns } from '@/server/campaigns/list-campaigns'
import { approvedSignatory, campaign, municipality, pledgeFor } from './fixtures'

beforeEach(async () => {
  await truncateAll()
})

describe('listSignatories', () => {
  it('lists only approved pledges of the campaign, in name order', async () => {
    const c = await campaign()
    const other = await campaign()
    await approvedSignatory(c, { name: 'Zephyr', state: 'CA' })
    await approvedSignatory(c, { name: 'Aspen', state: 'CO' })
    await approvedSignatory(other, { name: 'Elsewhere' })
    for (const status of ['PENDING_REVIEW', 'REJECTED', 'WITHDRAWN'] as const) {
      await pledgeFor(c, (await municipality({ name: `Not ${status}` })).id, status)
    }
    const result = await listSignatories({ campaignSlug: c.slug })
    expect(result.total).toBe(2)
    expect(result.items.map((s) => [s.municipalityName, s.state])).toEqual([
      ['Aspen', 'CO'],
      ['Zephyr', 'CA'],
    ])
    expect(result.items[0]).toMatchObject({
      signatoryTitle: 'Mayor',
      committedAt: '2020-01-01T00:00:00.000Z',
    })
  })

  it('filters by state and counts only that state', async () => {
    const c = await campaign()
    await approvedSignatory(c, { name: 'Austin', state: 'TX' })
    await approvedSignatory(c, { name: 'Boston', state: 'MA' })
    await approvedSignatory(c, { name: 'Dallas', state: 'TX' })
    const result = await listSignatories({ campaignSlug: c.slug, state: 'TX' })
    expect(result.total).toBe(2)
    expect(result.items.map((s) => s.municipalityName)).toEqual(['Austin', 'Dallas'])
  })

  it('pages by 25 and clamps a page past the end to the last page', async () => {
    const c = await campaign()
    for (let i = 0; i < SIGNATORIES_PAGE_SIZE + 3; i++) {
      await approvedSignatory(c, { name: `Town ${String(i).padStart(2, '0')}` })
    }
    const first = await listSignatories({ campaignSlug: c.slug })
    expect(first).toMatchObject({ total: 28, page: 1, pageCount: 2 })
    expect(first.items).toHaveLength(25)
    const second = await listSignatories({ campaignSlug: c.slug, page: 2 })
    expect(second.items.map((s) => s.municipalityName)).toEqual(['Town 25', 'Town 26', 'Town 27'])
    const beyond = await listSignatories({ campaignSlug: c.slug, page: 99 })
    expect(beyond.page).toBe(2)
    expect(beyond.items).toHaveLength(3)
  })

  it('answers an empty page for a campaign without signatories', async () => {
    const c = await campaign()
    expect(await listSignatories({ campaignSlug: c.slug })).toMatchObject({
      total: 0,
      page: 1,
      pageCount: 1,
      items: [],
    })
  })
})

describe('countSignatoriesByState', () => {
  it('counts approved signatories per state, leaving out states without any', async () => {
    const c = await campaign()
    await approvedSignatory(c, { state: 'WA' })
    await approvedSignatory(c, { state: 'OR' })
    await approvedSignatory(c, { state: 'WA' })
    await pledgeFor(c, (await municipality({ state: 'NY' })).id, 'PENDING_REVIEW')
    await approvedSignatory(await campaign(), { state: 'NY' })
    expect(await countSignatoriesByState({ campaignSlug: c.slug })).toEqual([
      { state: 'OR', count: 1 },
      { state: 'WA', count: 2 },
    ])
  })
})

describe('getCampaign', () => {
  it('returns the latest published pledge text with its commitments in order, and the signatory count', async () => {
    const c = await campaign({ hasCompliancePath: true })
    await approvedSignatory(c)
    await pledgeFor(c, (await municipality()).id, 'PENDING_REVIEW')
    const detail = await getCampaign({ slug: c.slug })
    expect(detail).toMatchObject({ slug: c.slug, hasCompliancePath: true, signatories: 1 })
    expect(detail?.pledgeText).toMatchObject({
      version: 2,
      title: 'Current text',
      publishedAt: '2016-01-01T00:00:00.000Z',
      commitments: [
        { position: 1, text: 'Prepare' },
        { position: 2, text: 'Cooperate' },
      ],
    })
  })

  it('returns null for an unknown campaign', async () => {
    expect(await getCampaign({ slug: 'no-such-campaign' })).toBeNull()
  })
})

describe('listCampaigns', () => {
  it('lists every campaign with its approved signatory count', async () => {
    const a = await campaign()
    const b = await campaign()
    await approvedSignatory(a)
    await approvedSignatory(a)
    await pledgeFor(b, (await municipality()).id, 'REJECTED')
    const list = await listCampaigns()
    expect(Object.fromEntries(list.map((c) => [c.slug, c.signatories]))).toEqual({ [a.slug]: 2, [b.slug]: 0 })
  })
})
