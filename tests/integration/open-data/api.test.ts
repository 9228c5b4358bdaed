import { beforeEach, describe, expect, test } from 'vitest'
import { truncateAll } from '../../helpers/db'
import { GET as getMunicipality } from '@/app/api/v1/municipalities/[slug]/route'
import { GET as listCampaigns } from '@/app/api/v1/campaigns/route'
import { campaign, member, pledge, report, target } from './fixtures'
import { serveOpenData } from './serve'

const request = (path: string) => new Request(`http://localhost${path}`)
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) })

beforeEach(truncateAll)

describe('/api/v1/municipalities', () => {
  test('lists members with the directory filters, snake_case fields and pagination links', async () => {
    const rc4a = await campaign({ slug: 'rc4a' })
    const springfield = await member({ name: 'Springfield', state: 'IL' })
    await pledge(rc4a, springfield.id)
    await member({ name: 'Springfield', state: 'MO' })
    await member({ name: 'Not a member', state: 'IL', isMember: false })

    const response = await serveOpenData('/api/v1/municipalities?state=il&q=spring')
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=300')
    const body = await response.json()
    expect(body.meta).toEqual({ total: 1, page: 1, per_page: 25, total_pages: 1 })
    expect(body.data).toEqual([
      expect.objectContaining({
        slug: springfield.slug,
        name: 'Springfield',
        state: 'IL',
        member_since: '2019-05-01T00:00:00.000Z',
        campaigns: ['rc4a'],
        compliance_stage: 'NONE',
      }),
    ])
    expect(body.links.next).toBeNull()
    expect(body.links.self).toMatch(/\/api\/v1\/municipalities\?q=spring&state=il$/)
  })

  test('pages through 25 at a time with next and prev links that keep the filters', async () => {
    for (let i = 0; i < 30; i++) await member({ name: `Town ${String(i).padStart(2, '0')}`, state: 'OH' })
    const first = await (await serveOpenData('/api/v1/municipalities?state=OH')).json()
    expect(first.data).toHaveLength(25)
    expect(first.links.prev).toBeNull()
    expect(first.links.next).toMatch(/\?state=OH&page=2$/)
    const second = await (
      await serveOpenData(new URL(first.links.next).pathname + new URL(first.links.next).search)
    ).json()
    expect(second.data.map((m: { name: string }) => m.name)).toEqual([
      'Town 25',
      'Town 26',
      'Town 27',
      'Town 28',
      'Town 29',
    ])
    expect(second.links.prev).toMatch(/\?state=OH$/)
  })

  test.each([
    ['state=ZZ', 'state'],
    ['stage=GOLD', 'stage'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['sort=shoe-size', 'sort'],
    [`state=${'O'.repeat(12 * 1024)}`, 'state'],
  ])('answers a bad filter (%s) with a JSON 400 naming it', async (query, name) => {
    const response = await serveOpenData(`/api/v1/municipalities?${query}`)
    expect(response.status).toBe(400)
    const body = await response.json()
    expect(body.error.code).toBe('invalid_input')
    expect(body.error.message).toContain(name)
  })
})

describe('/api/v1/municipalities/[slug]', () => {
  test('returns approved pledges, active targets and verified reports only', async () => {
    const rc4a = await campaign({ slug: 'rc4a' })
    const com = await campaign({ slug: 'compact-of-mayors' })
    const m = await member({ name: 'Boulder', state: 'CO' })
    await pledge(rc4a, m.id)
    await pledge(com, m.id, { status: 'PENDING_REVIEW' })
    await target(m.id, { targetYear: 2030 })
    await target(m.id, { status: 'REPLACED', targetYear: 2025 })
    await report(m.id, { year: 2021 })
    await report(m.id, { year: 2022, status: 'SUBMITTED' })

    const response = await getMunicipality(request(`/api/v1/municipalities/${m.slug}`), slugParams(m.slug))
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.pledges).toHaveLength(1)
    expect(body.pledges[0]).toMatchObject({
      campaign_slug: 'rc4a',
      pledge_text_version: 2,
      mandate_type: 'COUNCIL_RESOLUTION',
    })
    expect(JSON.stringify(body)).not.toContain('jo.private@example.gov')
    expect(JSON.stringify(body)).not.toContain('555-0100')
    // The CRF export: JSON, or CSV with ?format=csv (a cached view of its own).
    const crf = await serveOpenData(`/api/v1/municipalities/${m.slug}/crf`)
    expect(crf.headers.get('content-type')).toContain('application/json')
    expect((await crf.json()).city.id).toBe(m.slug)
    const csv = await serveOpenData(`/api/v1/municipalities/${m.slug}/crf?format=csv`)
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="crf-${m.slug}.csv"`)
    expect(body.targets).toHaveLength(1)
    expect(body.targets[0]).toMatchObject({
      target_year: 2030,
      sectors_covered: ['STATIONARY_ENERGY', 'TRANSPORTATION'],
    })
    expect(body.reports).toHaveLength(1)
    expect(body.reports[0]).toMatchObject({ accounting_year: 2021, verified_at: '2022-06-01T00:00:00.000Z' })
    expect(body.reports[0].inventory).toContainEqual({
      sector: 'TRANSPORTATION',
      scope: 1,
      emissions_tco2e: 5000.5,
      notation_key: null,
    })
    expect(body.reports[0].hazards[0]).toMatchObject({
      hazard: 'EXTREME_HEAT',
      hazard_name: 'Extreme heat',
      risk_level: 'HIGH',
    })
    expect(body.reports[0].actions[0]).toMatchObject({
      kind: 'PLAN',
      pillar: 'ADAPTATION',
      title: 'Heat plan',
    })
    expect(body.links.inventories_csv).toContain(`/data/inventories.csv?municipality=${m.slug}`)
  })

  test('answers unknown slugs and reference places that are not members with a JSON 404', async () => {
    const place = await member({ isMember: false })
    for (const slug of ['no-such-place', place.slug]) {
      const response = await getMunicipality(request(`/api/v1/municipalities/${slug}`), slugParams(slug))
      expect(response.status).toBe(404)
      expect((await response.json()).error).toEqual({ code: 'not_found', message: expect.any(String) })
    }
  })
})

describe('/api/v1/campaigns', () => {
  test('lists campaigns with their approved signatory counts', async () => {
    const rc4a = await campaign({ slug: 'rc4a', sortOrder: 1 })
    await campaign({ slug: 'compact-of-mayors', sortOrder: 2, hasCompliancePath: true })
    await pledge(rc4a, (await member()).id)
    await pledge(rc4a, (await member()).id)
    await pledge(rc4a, (await member()).id, { status: 'REJECTED' })

    const body = await (await listCampaigns()).json()
    expect(body.data.map((c: { slug: string }) => c.slug)).toEqual(['rc4a', 'compact-of-mayors'])
    expect(body.data[0]).toMatchObject({
      signatory_count: 2,
      pledge_text: { version: 2, title: 'Current text' },
    })
    expect(body.data[1]).toMatchObject({ signatory_count: 0, has_compliance_path: true })
  })

  test('shows one campaign with its signatories, paginated, and 404 for an unknown one', async () => {
    const rc4a = await campaign({ slug: 'rc4a' })
    for (let i = 0; i < 101; i++)
      await pledge(rc4a, (await member()).id, { commitmentDate: new Date(Date.UTC(2020, 0, 1 + i)) })

    const first = await (await serveOpenData('/api/v1/campaigns/rc4a')).json()
    expect(first.signatory_count).toBe(101)
    expect(first.signatories.data).toHaveLength(100)
    expect(first.signatories.meta).toEqual({ total: 101, page: 1, per_page: 100, total_pages: 2 })
    expect(first.signatories.links.next).toMatch(/\/api\/v1\/campaigns\/rc4a\?page=2$/)
    const second = await (await serveOpenData('/api/v1/campaigns/rc4a?page=2')).json()
    expect(second.signatories.data).toHaveLength(1)
    expect(second.signatories.data[0].commitment_date).toBe('2020-04-10T00:00:00.000Z')

    expect((await serveOpenData('/api/v1/campaigns/nope')).status).toBe(404)
    expect((await serveOpenData('/api/v1/campaigns/rc4a?page=-1')).status).toBe(400)
  })
})
