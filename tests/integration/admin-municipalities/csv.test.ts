// CSV export and import of municipalities: the export's shape, and an import that applies all or nothing.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db, uniqueSlug } from '../../helpers/db'
import { approvedPledge, memberMunicipality, referencePlace, staffUser } from '../../fixtures/factories'
import { importAction } from '@/app/admin/municipalities/actions'
import { GET as exportRoute } from '@/app/admin/municipalities/export.csv/route'
import { streamMunicipalitiesCsv } from '@/server/municipalities/stream-municipalities-csv'
import { importMunicipalitiesCsv } from '@/server/municipalities/import-municipalities-csv'
import { MUNICIPALITY_CSV_COLUMNS } from '@/schemas/admin-municipality'
import { parseCsv } from '@/lib/parse-csv'
import { readStream, run } from './helpers'

let moderator: { id: string }
let editor: { id: string }
beforeAll(async () => {
  moderator = await staffUser(db, 'MODERATOR')
  editor = await staffUser(db, 'EDITOR')
})
beforeEach(() => {
  signInAs(moderator)
})

const HEADER = MUNICIPALITY_CSV_COLUMNS.join(',')
const upload = (text: string, name = 'places.csv') => {
  const f = new FormData()
  f.append('file', new File([text], name, { type: 'text/csv' }))
  return f
}

describe('export', () => {
  it('streams the import columns for the municipalities matching the search', async () => {
    const tag = uniqueSlug('csvx').replace('-', '')
    const member = await memberMunicipality(db, {
      name: `${tag} Springs`,
      county: '=HYPERLINK("x")',
      website: 'https://springs.gov',
      populationYear: 2020,
      memberSince: new Date('2016-04-02T10:00:00Z'),
      boundaryType: 'VILLAGE',
    })
    await referencePlace(db, { name: `${tag} Hollow` })
    const text = await readStream(await streamMunicipalitiesCsv({ q: tag }))
    const parsed = parseCsv(text)
    if (!parsed.ok) throw new Error(parsed.message)
    expect(parsed.header).toEqual([...MUNICIPALITY_CSV_COLUMNS])
    expect(parsed.records).toHaveLength(2)
    const members = parseCsv(await readStream(await streamMunicipalitiesCsv({ q: tag, members: '1' })))
    expect(members.ok && members.records.map((r) => r.cells)).toEqual([
      [
        member.slug,
        `${tag} Springs`,
        'CO',
        `'=HYPERLINK("x")`,
        '25000',
        '2020',
        'VILLAGE',
        'https://springs.gov',
        '39.7',
        '-105',
        'true',
        '2016-04-02',
      ],
    ])
    expect(text.split('\r\n')[0]).toBe(HEADER)
  })

  it('the route is private and refuses anyone without the permission', async () => {
    const ok = await exportRoute(new Request('http://x/admin/municipalities/export.csv?members=1'))
    expect(ok.status).toBe(200)
    expect(ok.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(ok.headers.get('cache-control')).toBe('private, no-store')
    expect((await ok.text()).startsWith(`${HEADER}\r\n`)).toBe(true)
    signInAs(editor)
    expect((await exportRoute(new Request('http://x/admin/municipalities/export.csv'))).status).toBe(403)
    signInAs(null)
    expect((await exportRoute(new Request('http://x/admin/municipalities/export.csv'))).status).toBe(401)
  })

  it('exports what the import reads back unchanged', async () => {
    const tag = uniqueSlug('round').replace('-', '')
    await memberMunicipality(db, {
      name: `${tag} One`,
      county: '-Dash County',
      populationYear: 2020,
      memberSince: new Date('2015-01-01'),
    })
    await referencePlace(db, { name: `${tag} Two`, populationYear: 2010, website: 'https://two.gov' })
    const text = await readStream(await streamMunicipalitiesCsv({ q: tag }))
    expect(await importMunicipalitiesCsv({ text })).toEqual({
      ok: true,
      created: 0,
      updated: 0,
      unchanged: 2,
    })
  })
})

describe('import', () => {
  it('applies nothing when any row is wrong, and lists each problem by row and column', async () => {
    const existing = await referencePlace(db, { population: 100, populationYear: 2010 })
    const newSlug = uniqueSlug('newtown')
    const text = [
      HEADER,
      `${existing.slug},Renamed,CO,,200,2020,CITY,https://ok.gov,,,false,`,
      `${newSlug},New Town,VT,"Windsor, County",,,TOWN,,,,false,`,
      `BAD SLUG,X,ZZ,,-1,,CASTLE,http://no.gov,91,,maybe,`,
      `${newSlug},Again,VT,,,,CITY,,,,false,`,
      `too,few`,
    ].join('\r\n')
    const audits = await db.auditLog.count()
    const state = await run(importAction(null, upload(text)))
    expect(state).toEqual({
      values: { filename: 'places.csv' },
      fieldErrors: {},
      problems: [
        { row: 4, column: 'slug', message: 'Enter a slug of lower-case letters, digits and hyphens' },
        { row: 4, column: 'state', message: 'Select a state' },
        { row: 4, column: 'population', message: 'The population cannot be negative' },
        { row: 4, column: 'website', message: expect.stringContaining('https://') },
        { row: 4, column: 'boundary_type', message: 'Select a boundary type' },
        { row: 4, column: 'latitude', message: 'The latitude must be between -90 and 90' },
        { row: 4, column: 'is_member', message: 'Enter true or false' },
        { row: 5, column: 'slug', message: 'This slug is also on row 3' },
        { row: 6, column: '', message: 'This row has 2 cells; the header has 12' },
      ],
    })
    expect(await db.municipality.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      name: existing.name,
      population: 100,
    })
    expect(await db.municipality.findUnique({ where: { slug: newSlug } })).toBeNull()
    expect(await db.auditLog.count()).toBe(audits)
  })

  it('refuses a header without the needed columns and a membership that contradicts approved pledges', async () => {
    expect(await importMunicipalitiesCsv({ text: 'slug,name,colour\r\nx,y,z\r\n' })).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([
        { row: 1, column: 'state', message: 'The column "state" is missing' },
        { row: 1, column: 'colour', message: 'This column is not one the import reads' },
      ]),
    })
    const pledge = await approvedPledge(db)
    const member = await db.municipality.findUniqueOrThrow({ where: { id: pledge.municipalityId } })
    const text = `${HEADER}\n${member.slug},${member.name},${member.state},,,,CITY,,,,false,\n`
    expect(await importMunicipalitiesCsv({ text })).toEqual({
      ok: false,
      problems: [{ row: 2, column: 'is_member', message: expect.stringContaining('has an approved pledge') }],
    })
    expect((await db.municipality.findUniqueOrThrow({ where: { id: member.id } })).isMember).toBe(true)
  })

  it('applies a valid file in one go: updates by slug, creates new ones, audits each change', async () => {
    const existing = await referencePlace(db, { population: 100, populationYear: 2010 })
    const same = await referencePlace(db, { county: 'Same', populationYear: 2010 })
    const newSlug = uniqueSlug('brandnew')
    const text = [
      'slug,name,state,county,population,population_year,boundary_type,website,latitude,longitude',
      `${existing.slug},Renamed Place,co,,"2,000",2020,TOWN,https://renamed.gov,39.7,-105`,
      `${newSlug},Brand New,VT,"Windsor, County",500,2021,VILLAGE,,,`,
      `${same.slug},${same.name},CO,Same,25000,2010,CITY,,39.7,-105`,
    ].join('\n')
    const state = await run(importAction(null, upload(`\uFEFF${text}\n`, 'update.csv')))
    expect(state).toEqual({
      values: { filename: 'update.csv' },
      fieldErrors: {},
      applied: { created: 1, updated: 1, unchanged: 1 },
    })
    expect(await db.municipality.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({
      name: 'Renamed Place',
      searchName: 'renamed place',
      state: 'CO',
      population: 2000,
      populationYear: 2020,
      boundaryType: 'TOWN',
      website: 'https://renamed.gov',
      isMember: false,
    })
    expect(await db.municipality.findUniqueOrThrow({ where: { slug: newSlug } })).toMatchObject({
      name: 'Brand New',
      state: 'VT',
      county: 'Windsor, County',
      population: 500,
      boundaryType: 'VILLAGE',
      isMember: false,
    })
    const entries = await db.auditLog.findMany({
      where: { action: { startsWith: 'municipality.import' }, actorId: moderator.id },
    })
    const update = entries.find((e) => e.entityId === existing.id)!
    expect(update.action).toBe('municipality.import-update')
    expect(JSON.parse(update.before!)).toMatchObject({ name: existing.name, population: 100 })
    expect(JSON.parse(update.after!)).toMatchObject({ name: 'Renamed Place', population: 2000 })
    expect(entries.some((e) => e.action === 'municipality.import-create')).toBe(true)
    expect(entries.some((e) => e.entityId === same.id)).toBe(false)
  })

  it('strips bidi overrides and zero-width characters from names before they go public', async () => {
    const newSlug = uniqueSlug('bidi')
    const text = [
      'slug,name,state,county,population,population_year,boundary_type,website,latitude,longitude',
      `${newSlug},\u202EnwoT\u202C Spr\u200Bings\u2066\u2069\u200E\u061C\u2060\uFEFF,VT,\u202DWind\u200Dsor,500,2021,VILLAGE,,,`,
    ].join('\n')
    const state = await run(importAction(null, upload(`${text}\n`, 'bidi.csv')))
    expect(state).toMatchObject({ applied: { created: 1 } })
    expect(await db.municipality.findUniqueOrThrow({ where: { slug: newSlug } })).toMatchObject({
      name: 'nwoT Springs',
      searchName: 'nwot springs',
      county: 'Windsor',
    })
  })

  it('marks members from the file and answers an empty upload or non-UTF-8 bytes', async () => {
    const place = await referencePlace(db)
    const text = `${HEADER}\n${place.slug},${place.name},CO,,25000,2020,CITY,,39.7,-105,true,2017-06-01\n`
    expect(await importMunicipalitiesCsv({ text })).toMatchObject({ ok: true, updated: 1 })
    expect(await db.municipality.findUniqueOrThrow({ where: { id: place.id } })).toMatchObject({
      isMember: true,
      memberSince: new Date('2017-06-01T00:00:00Z'),
    })
    expect(await run(importAction(null, new FormData()))).toEqual({
      values: { filename: '' },
      fieldErrors: { file: 'Choose a CSV file to import' },
    })
    const latin1 = new FormData()
    latin1.append('file', new File([new Uint8Array([0x73, 0x6c, 0x75, 0x67, 0xe9])], 'x.csv'))
    expect(await run(importAction(null, latin1))).toMatchObject({
      fieldErrors: { file: expect.stringContaining('UTF-8') },
    })
  })

  it('is refused to an editor', async () => {
    signInAs(editor)
    expect(await run(importAction(null, upload(`${HEADER}\n`)))).toBe('FORBIDDEN')
    await expect(importMunicipalitiesCsv({ text: HEADER })).rejects.toThrow('permission')
  })
})
