import { describe, expect, it } from 'vitest'
import { inventoryCsvTemplate, parseInventoryCsv, readCsvRecords } from '@/server/reports/inventory-csv'

const header = 'sector,sector_name,scope,emissions_tco2e,notation_key'

describe('the inventory template', () => {
  it('has the header and one row per GPC sector and scope, and parses as an empty inventory', () => {
    const template = inventoryCsvTemplate()
    const lines = template.trim().split('\r\n')
    expect(lines[0]).toBe(header)
    expect(lines).toHaveLength(11)
    expect(lines).toContain('IPPU,Industrial processes and product use,1,,')
    expect(parseInventoryCsv(template)).toEqual({ ok: true, inventory: [] })
  })
})

describe('reading an uploaded inventory', () => {
  it('reads figures and notation keys, with a BOM, quotes and LF line ends', () => {
    const csv = `\uFEFF${header}\nSTATIONARY_ENERGY,"Stationary energy",1,"12,500.5",\nWASTE,Waste,3,,ne\nAFOLU,x,1,,\n`
    expect(parseInventoryCsv(csv)).toEqual({
      ok: true,
      inventory: [
        { sector: 'STATIONARY_ENERGY', scope: 1, emissions: 12500.5, notationKey: null },
        { sector: 'WASTE', scope: 3, emissions: null, notationKey: 'NE' },
      ],
    })
  })

  it('reports every bad row with its line number', () => {
    const csv = [
      header,
      'STATIONARY_ENERGY,,1,100,NO',
      'WASTE,,2,5,',
      'FISHING,,1,5,',
      'TRANSPORTATION,,4,5,',
      'TRANSPORTATION,,1,-3,',
      'TRANSPORTATION,,2,,XX',
      'IPPU,,1,7,',
      'IPPU,,1,8,',
    ].join('\r\n')
    const result = parseInventoryCsv(csv)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.rowErrors).toEqual([
      { row: 2, message: 'Enter either a figure or a notation key, not both' },
      { row: 3, message: 'Waste has no scope 2 in the GPC' },
      { row: 4, message: expect.stringContaining('Unknown sector "FISHING"') },
      { row: 5, message: 'The scope must be 1, 2 or 3, not "4"' },
      { row: 6, message: 'Emissions cannot be negative' },
      { row: 7, message: 'Use one of the notation keys NO, IE, NE or C' },
      { row: 9, message: 'IPPU scope 1 appears twice (also on line 8)' },
    ])
  })

  it('refuses a file without the header, or with nothing after it', () => {
    expect(parseInventoryCsv('a,b\n1,2')).toMatchObject({ ok: false, rowErrors: [{ row: 1 }] })
    expect(parseInventoryCsv(`${header}\r\n`)).toEqual({
      ok: false,
      rowErrors: [{ row: 1, message: 'The file has no rows after the header' }],
    })
  })

  it('splits RFC 4180 records', () => {
    expect(readCsvRecords('a,"b ""c""",d\r\n"x\ny",,')).toEqual([
      ['a', 'b "c"', 'd'],
      ['x\ny', '', ''],
    ])
  })
})
