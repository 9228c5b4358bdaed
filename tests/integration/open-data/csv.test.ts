import { beforeEach, describe, expect, test } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { GET as signatoriesCsv } from '@/app/data/signatories.csv/route'
import { GET as targetsCsv } from '@/app/data/targets.csv/route'
import { GET as inventoriesCsv } from '@/app/data/inventories.csv/route'
import { inventoryFields, signatoryFields, targetFields } from '@/app/data/_lib/fields'
import { campaign, csvRecords, member, pledge, report, target } from './fixtures'
import { serveOpenData } from './serve'

beforeEach(truncateAll)

describe('/data/signatories.csv', () => {
  test('is a CSV attachment with one row per approved pledge and no contact details', async () => {
    const rc4a = await campaign({ slug: 'rc4a' })
    const a = await member({ name: 'Alpha' })
    await pledge(rc4a, a.id, { signatoryName: '=HYPERLINK("http://evil")' })
    await pledge(rc4a, (await member()).id, { status: 'PENDING_REVIEW' })
    await pledge(rc4a, (await member()).id, { status: 'REJECTED' })

    const response = await signatoriesCsv()
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="signatories.csv"')
    const text = await response.text()
    const lines = text.split('\r\n')
    expect(lines[0]).toBe(signatoryFields.map((f) => f.name).join(','))
    expect(lines).toHaveLength(3) // header, one pledge, and the empty string after the final CRLF
    expect(lines[1]).toContain(`${a.slug},Alpha,IL,`)
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`)
    expect(lines[1]).toContain('COUNCIL_RESOLUTION,2019-12-01,2020-01-15')
    expect(text).not.toContain('jo.private@example.gov')
  })

  test('streams more than one batch without losing or repeating a row', async () => {
    const rc4a = await campaign({ slug: 'rc4a' })
    const place = await member()
    const base = { campaignId: rc4a.id, pledgeTextId: rc4a.pledgeTexts[1]!.id, municipalityId: place.id }
    await db.pledge.createMany({
      data: Array.from({ length: 2345 }, (_, i) => ({
        ...base,
        signatoryName: `Signer ${i}`,
        signatoryTitle: 'Mayor',
        email: 'x@example.gov',
        emailNormalized: 'x@example.gov',
        mandateType: 'LETTER' as const,
        status: 'APPROVED' as const,
        commitmentDate: new Date('2020-01-01'),
      })),
    })
    const rows = (await csvRecords(await signatoriesCsv())).slice(1)
    const names = rows.map((r) => r[8])
    expect(names).toHaveLength(2345)
    expect(new Set(names).size).toBe(2345)
  })
})

describe('/data/targets.csv', () => {
  test('holds active targets only, with the documented columns', async () => {
    const m = await member({ name: 'Denver', state: 'CO' })
    await target(m.id, { targetYear: 2030 })
    await target(m.id, { status: 'REPLACED', targetYear: 2025 })
    const [header, ...rows] = await csvRecords(await targetsCsv())
    expect(header).toEqual(targetFields.map((f) => f.name))
    expect(rows).toHaveLength(1)
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]))
    expect(row).toMatchObject({
      municipality_slug: m.slug,
      target_type: 'BASE_YEAR_ABSOLUTE',
      sectors_covered: 'STATIONARY_ENERGY TRANSPORTATION',
      target_year: '2030',
      reduction_percent: '40',
      net_zero: 'false',
    })
  })
})

describe('/data/inventories.csv', () => {
  test('has one row per sector and scope of verified reports, in GPC order', async () => {
    const m = await member({ name: 'Austin', state: 'TX' })
    await report(m.id, { year: 2021 })
    await report(m.id, { year: 2022, status: 'SUBMITTED' })
    const [header, ...rows] = await csvRecords(await inventoriesCsv())
    expect(header).toEqual(inventoryFields.map((f) => f.name))
    expect(rows.map((r) => [r[3], r[6], r[8], r[9], r[10]])).toEqual([
      ['2021', 'STATIONARY_ENERGY', '2', '12000', ''],
      ['2021', 'TRANSPORTATION', '1', '5000.5', ''],
      ['2021', 'WASTE', '3', '', 'NE'],
    ])
  })

  test('narrows to one member with ?municipality=, and answers 404 and 400 for unknown or malformed slugs', async () => {
    const a = await member()
    const b = await member()
    await report(a.id)
    await report(b.id)
    const url = (q: string) => serveOpenData(`/data/inventories.csv?municipality=${q}`)
    const response = await url(a.slug)
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="inventories-${a.slug}.csv"`,
    )
    const rows = (await csvRecords(response)).slice(1)
    expect(rows).toHaveLength(3)
    expect(rows.every((r) => r[0] === a.slug)).toBe(true)
    expect((await url('no-such-place')).status).toBe(404)
    expect((await url('%22%3E%3Cscript%3E')).status).toBe(400)
  })
})
