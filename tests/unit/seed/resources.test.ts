// The seeded guides and tools library, read from the seed's own data: well-formed entries, guides of a useful
// length whose links lead somewhere, and downloads that are real files (the PDF passes the upload check, the CSV
// template parses and its example rows add up).
import { describe, expect, it } from 'vitest'
import { GUIDES, RESOURCES, guideBody } from '../../../prisma/seed/resources'
import { checklistPdf, inventoryTemplateCsv } from '../../../prisma/seed/resource-files'
import { isResourceTopic, RESOURCE_STAGE_CODES } from '@/lib/domain/resources'
import { checkPdf } from '@/server/uploads/check-pdf'
import { parseCsv } from '@/lib/parse-csv'

const SITE_PAGES = new Set(['/tools/target-calculator', '/solutions', '/network/partners'])
const bySlug = new Map(RESOURCES.map((r) => [r.slug, r]))

describe('seeded library entries', () => {
  it('have unique, readable slugs and known topics and stages', () => {
    expect(bySlug.size).toBe(RESOURCES.length)
    for (const r of RESOURCES) {
      expect(r.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(r.topics.length, r.slug).toBeGreaterThan(0)
      for (const t of r.topics) expect(isResourceTopic(t), `${r.slug}: ${t}`).toBe(true)
      expect(new Set(r.stages).size, r.slug).toBe(r.stages.length)
      for (const s of r.stages) expect(RESOURCE_STAGE_CODES).toContain(s)
      expect(r.summary.length, r.slug).toBeLessThanOrEqual(300)
    }
  })

  it('cover every stage with at least two published guides', () => {
    const published = GUIDES.filter((g) => !g.draft)
    expect(published.length).toBeGreaterThanOrEqual(12)
    for (const stage of RESOURCE_STAGE_CODES)
      expect(published.filter((g) => g.stages.includes(stage)).length, stage).toBeGreaterThanOrEqual(2)
  })

  it('the guides the commitments page promises are public; two or three entries are members-only', () => {
    const promised = [
      'first-ghg-inventory-small-city',
      'hazard-and-vulnerability-assessment-with-residents',
      'choosing-a-reduction-target',
      'climate-action-plan-that-gets-funded',
    ]
    for (const slug of promised) {
      const guide = bySlug.get(slug)
      expect(guide?.kind, slug).toBe('GUIDE')
      expect(guide?.draft ?? false, slug).toBe(false)
      expect(guide?.membersOnly ?? false, slug).toBe(false)
    }
    const membersOnly = RESOURCES.filter((r) => r.membersOnly && !r.draft).length
    expect(membersOnly).toBeGreaterThanOrEqual(2)
    expect(membersOnly).toBeLessThanOrEqual(3)
  })

  it('guides run 350 to 700 words of markdown with headings under the page title', () => {
    for (const g of GUIDES) {
      const body = guideBody(g.slug)
      const words = (body.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length
      expect(words, g.slug).toBeGreaterThanOrEqual(350)
      expect(words, g.slug).toBeLessThanOrEqual(700)
      expect(body, g.slug).toMatch(/^## /m)
      expect(body, g.slug).not.toMatch(/^# /m)
    }
  })

  it('link only to published library entries, site pages and https addresses', () => {
    for (const r of RESOURCES) {
      const text = r.kind === 'GUIDE' ? guideBody(r.slug) : r.notes
      for (const [, href] of text.matchAll(/\]\(([^)]+)\)/g)) {
        const entry = href!.match(/^\/resources\/([a-z0-9-]+)$/)
        if (entry) {
          const target = bySlug.get(entry[1]!)
          expect(target, `${r.slug} -> ${href}`).toBeDefined()
          expect(target!.draft ?? false, `${r.slug} -> ${href}`).toBe(false)
        } else
          expect(SITE_PAGES.has(href!) || href!.startsWith('https://'), `${r.slug} -> ${href}`).toBe(true)
      }
      if (r.kind === 'LINK') expect(new URL(r.url).protocol).toBe('https:')
    }
  })
})

describe('seeded downloads', () => {
  it('the checklist is a PDF the upload check accepts, the same bytes on every run', async () => {
    const bytes = await checklistPdf()
    expect(await checkPdf(bytes)).toEqual({ ok: true })
    expect(Buffer.from(await checklistPdf()).equals(Buffer.from(bytes))).toBe(true)
  })

  it('the inventory template parses, every row complete, and its example figures add up', () => {
    const csv = parseCsv(inventoryTemplateCsv())
    if (!csv.ok) throw new Error(`line ${csv.line}: ${csv.message}`)
    const col = (name: string) => csv.header.indexOf(name)
    const [quantity, factor, tons] = ['quantity', 'emissions factor (kg co2e per unit)', 'tco2e'].map(col)
    expect([quantity, factor, tons]).not.toContain(-1)
    expect(csv.records.length).toBeGreaterThanOrEqual(5)
    for (const { cells, line } of csv.records) {
      expect(cells, `line ${line}`).toHaveLength(csv.header.length)
      const expected = (Number(cells[quantity!]) * Number(cells[factor!])) / 1000
      expect(Math.abs(Number(cells[tons!]) - expected), `line ${line}`).toBeLessThanOrEqual(0.5)
    }
  })
})
