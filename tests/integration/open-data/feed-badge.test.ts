import { JSDOM } from 'jsdom'
import { beforeEach, describe, expect, test } from 'vitest'
import { truncateAll } from '../../helpers/db'
import { GET as feed } from '@/app/feed.xml/route'
import { GET as badge } from '@/app/badge/[file]/route'
import { COMPLIANCE_STAGES } from '@/schemas/directory'
import { campaign, member, pledge, report } from './fixtures'

beforeEach(truncateAll)

function parseXml(text: string, type: 'application/xml' | 'image/svg+xml' = 'application/xml') {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(text, type)
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

describe('/feed.xml', () => {
  test('is a valid Atom feed of new signatories and verified reports, newest first and escaped', async () => {
    const rc4a = await campaign({ slug: 'rc4a' })
    const tricky = await member({ name: 'Rock & Roll <Town>', state: 'OH' })
    await pledge(rc4a, tricky.id, { commitmentDate: new Date('2023-03-01') })
    const other = await member({ name: 'Reportville' })
    await report(other.id, { verifiedAt: new Date('2024-01-02') })
    await report(other.id, { year: 2023, status: 'SUBMITTED' })

    const response = await feed()
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const doc = parseXml(await response.text())
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom')
    const entries = [...doc.getElementsByTagName('entry')]
    expect(entries.map((e) => e.getElementsByTagName('title')[0]?.textContent)).toEqual([
      'Reportville, IL: 2021 progress report verified',
      `Rock & Roll <Town>, OH joined Campaign rc4a`,
    ])
    expect(entries[0]?.getElementsByTagName('updated')[0]?.textContent).toBe('2024-01-02T00:00:00.000Z')
    expect(entries[1]?.getElementsByTagName('link')[0]?.getAttribute('href')).toMatch(
      new RegExp(`/members/${tricky.slug}$`),
    )
    expect(new Set(entries.map((e) => e.getElementsByTagName('id')[0]?.textContent)).size).toBe(2)
  })

  test('holds at most the newest 50 entries', async () => {
    const rc4a = await campaign({ slug: 'rc4a' })
    for (let i = 0; i < 55; i++)
      await pledge(rc4a, (await member()).id, { commitmentDate: new Date(Date.UTC(2020, 0, 1 + i)) })
    const doc = parseXml(await (await feed()).text())
    const updated = [...doc.getElementsByTagName('entry')].map(
      (e) => e.getElementsByTagName('updated')[0]?.textContent,
    )
    expect(updated).toHaveLength(50)
    expect(updated[0]).toBe('2020-02-24T00:00:00.000Z')
  })
})

describe('/badge/<slug>.svg', () => {
  const params = (file: string) => ({ params: Promise.resolve({ file }) })

  test('is an escaped SVG with the name, campaigns and compliance stage, cacheable for an hour', async () => {
    const com = await campaign({ slug: 'compact-of-mayors', hasCompliancePath: true })
    const m = await member({ name: 'Fish & <Chips>', state: 'ME' })
    await pledge(com, m.id)
    const response = await badge(new Request('http://localhost/'), params(`${m.slug}.svg`))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8')
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600')
    const text = await response.text()
    expect(text).not.toContain('<Chips>')
    const svg = parseXml(text, 'image/svg+xml').documentElement
    expect(svg.tagName).toBe('svg')
    const shown = [...svg.getElementsByTagName('text')].map((t) => t.textContent)
    expect(shown).toContain('Fish & <Chips>, ME')
    expect(shown).toContain('Signatory: COMPACT-OF-MAYORS')
    expect(shown).toContain(`Compliance stage: ${COMPLIANCE_STAGES.NONE}`)
    expect(svg.getAttribute('aria-label')).toContain('Fish & <Chips>, ME')
  })

  test('answers 404 for unknown members, non-members and names without .svg', async () => {
    const place = await member({ isMember: false })
    const real = await member()
    for (const file of ['nobody.svg', `${place.slug}.svg`, real.slug]) {
      const response = await badge(new Request('http://localhost/'), params(file))
      expect(response.status).toBe(404)
    }
  })
})
