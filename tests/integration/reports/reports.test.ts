import { beforeEach, describe, expect, it, vi } from 'vitest'
import '../../helpers/session'
import { db } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { validateDraft } from '@/schemas/reports'
import { createReport } from '@/server/reports/create-report'
import { saveReportDraft } from '@/server/reports/save-report-draft'
import { submitReport } from '@/server/reports/submit-report'
import { reviewReport } from '@/server/reports/review-report'
import { importInventoryCsv } from '@/server/reports/import-inventory-csv'
import { getReportForOfficial } from '@/server/reports/get-report-for-official'
import { getDashboardSummary } from '@/server/admin/get-dashboard-summary'
import { getCrfExport } from '@/server/exports/get-crf-export'
import { crfCsv, CRF_CSV_COLUMNS } from '@/server/exports/crf-csv'
import { codeOf, compactMember, completeBasicValues, moderator, signInAs } from './fixtures'

const YEAR = new Date().getUTCFullYear() - 1
const draftOf = (values = completeBasicValues()) => {
  const { draft, errors } = validateDraft(values)
  expect(errors).toEqual({})
  return draft
}

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
  resetExpiredTags()
})

async function submittedReport() {
  const ctx = await compactMember()
  signInAs(ctx.official)
  await createReport({ slug: ctx.municipality.slug, accountingYear: YEAR })
  await saveReportDraft({ slug: ctx.municipality.slug, accountingYear: YEAR, draft: draftOf() })
  expect(await submitReport({ slug: ctx.municipality.slug, accountingYear: YEAR })).toEqual({
    submitted: true,
  })
  const report = await db.progressReport.findUniqueOrThrow({
    where: { municipalityId_accountingYear: { municipalityId: ctx.municipality.id, accountingYear: YEAR } },
  })
  return { ...ctx, report, staff: await moderator() }
}

describe('drafting a report', () => {
  it('starts one report per year, saves a draft in full, and records each change', async () => {
    const { municipality, official } = await compactMember()
    signInAs(official)
    const first = await createReport({ slug: municipality.slug, accountingYear: YEAR })
    const again = await createReport({ slug: municipality.slug, accountingYear: YEAR })
    expect(again).toEqual({ id: first.id, created: false })
    const values = completeBasicValues()
    values.inventory['inv-WASTE-3'] = '' // an incomplete draft still saves
    await saveReportDraft({ slug: municipality.slug, accountingYear: YEAR, draft: draftOf(values) })
    const { report } = await getReportForOfficial({ slug: municipality.slug, accountingYear: YEAR })
    expect(report).toMatchObject({
      status: 'DRAFT',
      reportingLevel: 'BASIC',
      inventoryBoundary: 'City limits',
    })
    expect(report.inventory).toHaveLength(5)
    expect(report.inventory.find((e) => e.sector === 'TRANSPORTATION' && e.scope === 2)).toMatchObject({
      emissions: null,
      notationKey: 'NO',
    })
    expect(report.hazards).toHaveLength(1)
    expect(report.actions[0]).toMatchObject({ kind: 'PLAN', url: 'https://www.example.gov/cap' })
    // Saving again replaces, never duplicates.
    await saveReportDraft({ slug: municipality.slug, accountingYear: YEAR, draft: draftOf(values) })
    expect(await db.hazardAssessment.count({ where: { reportId: first.id } })).toBe(1)
    const actions = await db.auditLog.findMany({ where: { entityId: first.id }, select: { action: true } })
    expect(actions.map((a) => a.action).sort()).toEqual(['report.create', 'report.save', 'report.save'])
  })

  it('an incomplete report is not submitted, and the problems come back by field', async () => {
    const { municipality, official } = await compactMember()
    signInAs(official)
    await createReport({ slug: municipality.slug, accountingYear: YEAR })
    const values = completeBasicValues()
    values.inventory['inv-WASTE-3'] = ''
    values.hazards = []
    await saveReportDraft({ slug: municipality.slug, accountingYear: YEAR, draft: draftOf(values) })
    const result = await submitReport({ slug: municipality.slug, accountingYear: YEAR })
    expect(result.submitted).toBe(false)
    if (!result.submitted)
      expect(Object.keys(result.errors).sort()).toEqual(['hazard-0-hazard', 'inv-WASTE-3'])
    const { report } = await getReportForOfficial({ slug: municipality.slug, accountingYear: YEAR })
    expect(report.status).toBe('DRAFT')
  })
})

describe('submitting and reviewing', () => {
  it('a submitted report waits in the staff queue and can no longer be edited by officials', async () => {
    const { municipality, report, staff } = await submittedReport()
    expect(report).toMatchObject({ status: 'SUBMITTED' })
    expect(report.submittedAt).toBeInstanceOf(Date)
    expect(
      await codeOf(saveReportDraft({ slug: municipality.slug, accountingYear: YEAR, draft: draftOf() })),
    ).toBe('CONFLICT')
    signInAs(staff)
    expect((await getDashboardSummary()).reportsToVerify).toBeGreaterThanOrEqual(1)
  })

  it('verifying publishes the report: compliance, cache tags, email, audit; then it is final', async () => {
    const { municipality, official, report, staff } = await submittedReport()
    expect(municipality.complianceStage).toBe('NONE')
    await reviewReport({ reportId: report.id, reviewer: staff, decision: { verdict: 'verify' } })
    const after = await db.progressReport.findUniqueOrThrow({ where: { id: report.id } })
    expect(after).toMatchObject({ status: 'VERIFIED', reviewedById: staff.id, feedback: null })
    expect(after.verifiedAt).toBeInstanceOf(Date)
    const m = await db.municipality.findUniqueOrThrow({ where: { id: municipality.id } })
    expect(m.complianceStage).toBe('INVENTORY') // inventory and hazards met
    expect(expiredTags).toEqual(
      expect.arrayContaining([
        `municipality:${municipality.slug}`,
        'network',
        'members',
        'campaign:compact-of-mayors',
      ]),
    )
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: official.email } })
    expect(mail.subject).toBe(`The ${YEAR} progress report of ${municipality.name} is verified`)
    expect(mail.html).toContain(`/members/${municipality.slug}`)
    expect(
      await db.auditLog.count({ where: { entityId: report.id, action: 'report.verify', actorId: staff.id } }),
    ).toBe(1)
    // Final: neither officials nor a second review can change it.
    signInAs(official)
    const slug = municipality.slug
    expect(await codeOf(saveReportDraft({ slug, accountingYear: YEAR, draft: draftOf() }))).toBe('CONFLICT')
    expect(await codeOf(submitReport({ slug, accountingYear: YEAR }))).toBe('CONFLICT')
    expect(await codeOf(importInventoryCsv({ slug, accountingYear: YEAR, text: 'x' }))).toBe('CONFLICT')
    expect(
      await codeOf(reviewReport({ reportId: report.id, reviewer: staff, decision: { verdict: 'verify' } })),
    ).toBe('CONFLICT')
    const crf = await getCrfExport({ slug })
    expect(crf?.emission_inventories.map((i) => i.accounting_year)).toEqual([YEAR])
  })

  it('returning sends the feedback; the official fixes the report and submits it again', async () => {
    const { municipality, official, report, staff } = await submittedReport()
    const feedback = 'Transportation scope 2 cannot be NO: you run electric buses.'
    await reviewReport({ reportId: report.id, reviewer: staff, decision: { verdict: 'return', feedback } })
    const returned = await db.progressReport.findUniqueOrThrow({ where: { id: report.id } })
    expect(returned).toMatchObject({ status: 'RETURNED', feedback, verifiedAt: null })
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { to: official.email } })
    expect(mail.subject).toContain('needs changes')
    expect(mail.text).toContain(feedback)
    expect(mail.text).toContain(`/portal/${municipality.slug}/reports/${YEAR}`)
    // Not public while returned: the stage stays where it was.
    const stage = (await db.municipality.findUniqueOrThrow({ where: { id: municipality.id } }))
      .complianceStage
    expect(stage).not.toBe('INVENTORY')
    signInAs(official)
    const values = completeBasicValues()
    values.inventory['inv-TRANSPORTATION-2'] = '4100'
    await saveReportDraft({ slug: municipality.slug, accountingYear: YEAR, draft: draftOf(values) })
    expect(await submitReport({ slug: municipality.slug, accountingYear: YEAR })).toEqual({ submitted: true })
    expect((await db.progressReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe('SUBMITTED')
    expect(await db.auditLog.count({ where: { entityId: report.id, action: 'report.return' } })).toBe(1)
  })

  it('only an active moderator or admin may review', async () => {
    const { report } = await submittedReport()
    const { staffUser } = await import('../../fixtures/factories')
    const editor = await staffUser(db, 'EDITOR')
    expect(
      await codeOf(reviewReport({ reportId: report.id, reviewer: editor, decision: { verdict: 'verify' } })),
    ).toBe('FORBIDDEN')
    expect((await db.progressReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe('SUBMITTED')
  })
})

describe('inventory CSV upload', () => {
  it('a bad file changes nothing; a good one replaces the inventory', async () => {
    const { municipality, official } = await compactMember()
    signInAs(official)
    const { id } = await createReport({ slug: municipality.slug, accountingYear: YEAR })
    await saveReportDraft({ slug: municipality.slug, accountingYear: YEAR, draft: draftOf() })
    const before = await db.inventoryEntry.findMany({ where: { reportId: id }, orderBy: { id: 'asc' } })
    const header = 'sector,sector_name,scope,emissions_tco2e,notation_key'
    const bad = `${header}\nSTATIONARY_ENERGY,,1,500,\nWASTE,,2,5,\n`
    const refused = await importInventoryCsv({ slug: municipality.slug, accountingYear: YEAR, text: bad })
    expect(refused).toEqual({
      imported: 0,
      rowErrors: [{ row: 3, message: 'Waste has no scope 2 in the GPC' }],
    })
    expect(await db.inventoryEntry.findMany({ where: { reportId: id }, orderBy: { id: 'asc' } })).toEqual(
      before,
    )
    const good = `${header}\nSTATIONARY_ENERGY,,1,500,\nIPPU,,1,,NE\n`
    expect(await importInventoryCsv({ slug: municipality.slug, accountingYear: YEAR, text: good })).toEqual({
      imported: 2,
    })
    const after = await db.inventoryEntry.findMany({ where: { reportId: id } })
    const rows = after.map((e) => [e.sector, e.scope, e.emissions, e.notationKey])
    expect(rows.sort((a, b) => String(b[0]).localeCompare(String(a[0])))).toEqual([
      ['STATIONARY_ENERGY', 1, 500, null],
      ['IPPU', 1, null, 'NE'],
    ])
    expect(await db.auditLog.count({ where: { entityId: id, action: 'report.import-inventory' } })).toBe(1)
  })
})

describe('the CRF export', () => {
  it('holds city facts, verified inventories with keys, targets, hazards and actions; never drafts', async () => {
    const { municipality, report, staff } = await submittedReport()
    signInAs(null)
    expect((await getCrfExport({ slug: municipality.slug }))?.emission_inventories).toEqual([])
    await reviewReport({ reportId: report.id, reviewer: staff, decision: { verdict: 'verify' } })
    await db.target.create({
      data: {
        municipalityId: municipality.id,
        type: 'BASE_YEAR_ABSOLUTE',
        sectorsCovered: 'STATIONARY_ENERGY,TRANSPORTATION',
        gasesCovered: 'CO2,CH4',
        baseYear: 2015,
        baseYearEmissions: 300000,
        targetYear: 2030,
        reductionPercent: 45,
      },
    })
    const crf = (await getCrfExport({ slug: municipality.slug }))!
    expect(crf.city).toMatchObject({ id: municipality.slug, name: municipality.name, country: 'US' })
    expect(crf.city.commitments[0]?.campaign_id).toBe('compact-of-mayors')
    const inventory = crf.emission_inventories[0]!
    expect(inventory).toMatchObject({ accounting_year: YEAR, reporting_level: 'BASIC', total_tco2e: 307000 })
    expect(inventory.emissions).toContainEqual({
      gpc_sector: 'WASTE',
      gpc_sector_name: 'Waste',
      scope: 3,
      emissions_tco2e: null,
      notation_key: 'IE',
    })
    expect(crf.targets).toEqual([
      expect.objectContaining({
        target_type: 'base_year_emissions_target',
        base_year: 2015,
        target_year: 2030,
        reduction_percent: 45,
        sectors_covered: ['STATIONARY_ENERGY', 'TRANSPORTATION'],
      }),
    ])
    expect(crf.climate_hazards).toEqual([
      expect.objectContaining({ hazard: 'EXTREME_HEAT', risk_level: 'HIGH' }),
    ])
    expect(crf.actions).toEqual([expect.objectContaining({ kind: 'PLAN', adopted_on: '2024-05-01' })])
    const lines = crfCsv(crf).trim().split('\r\n')
    expect(lines[0]).toBe(CRF_CSV_COLUMNS.join(','))
    const types = lines.slice(1).map((l) => l.split(',')[0])
    expect(types.filter((t) => t === 'emissions')).toHaveLength(6)
    expect(new Set(types)).toEqual(new Set(['city', 'emissions', 'target', 'hazard', 'action']))
    expect(await getCrfExport({ slug: 'no-such-place' })).toBeNull()
  })
})
