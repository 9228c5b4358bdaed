// Report pre-fill (decision 0019): next year's draft starts from the most recent verified report, each
// figure and row marked carried over until the official changes it or confirms it; a report with
// unconfirmed carried-over figures is not submitted; only the municipality's own officials may do any of it.
import { beforeEach, describe, expect, it, vi } from 'vitest'
import '../../helpers/session'
import { db } from '../../helpers/db'
import { outcomeOf, runAction } from '../../helpers/server-actions'
import { draftReport, returnedReport, verifiedReport } from '../../fixtures/factories'
import { validateDraft, type ReportFormState, type ReportValues } from '@/schemas/reports'
import { createReport } from '@/server/reports/create-report'
import { saveReportDraft } from '@/server/reports/save-report-draft'
import { submitReport } from '@/server/reports/submit-report'
import { getReportForOfficial } from '@/server/reports/get-report-for-official'
import { valuesFromReport } from '@/server/reports/read-report-form'
import { saveReportAction } from '@/app/portal/[slug]/reports/actions'
import { codeOf, compactMember, signInAs } from './fixtures'

const YEAR = new Date().getUTCFullYear()

beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

const plan = (title: string) => ({
  kind: 'PLAN' as const,
  pillar: 'MITIGATION' as const,
  sector: 'ENERGY',
  title,
  status: 'COMPLETED' as const,
  url: 'https://www.example.gov/cap.pdf',
  adoptedAt: new Date('2021-04-01T00:00:00Z'),
})

/**
 * A member whose reports are: verified (YEAR-4), verified (YEAR-3, the one to copy: BASIC, with a second
 * hazard and two plans), returned (YEAR-2) and draft (YEAR-1), each with figures of its own.
 */
async function memberWithHistory() {
  const ctx = await compactMember()
  const municipalityId = ctx.municipality.id
  await verifiedReport(db, { municipalityId, accountingYear: YEAR - 4, totalEmissions: 900_000 })
  const source = await verifiedReport(db, {
    municipalityId,
    accountingYear: YEAR - 3,
    reportingLevel: 'BASIC',
    totalEmissions: 400_000,
    actions: { create: [plan('Climate Action Plan'), { ...plan('Bus fleet'), kind: 'ACTION' }] },
  })
  await db.hazardAssessment.create({
    data: {
      reportId: source.id,
      hazard: 'FLOODING_FLASH',
      riskLevel: 'MODERATE',
      expectedImpact: 'Flooded basements.',
      vulnerableGroups: 'Renters',
    },
  })
  await returnedReport(db, { municipalityId, accountingYear: YEAR - 2, totalEmissions: 100 })
  await draftReport(db, { municipalityId, accountingYear: YEAR - 1, totalEmissions: 50 })
  signInAs(ctx.official)
  return { ...ctx, slug: ctx.municipality.slug, sourceId: source.id }
}

const contents = (reportId: string) =>
  db.progressReport.findUniqueOrThrow({
    where: { id: reportId },
    include: {
      inventory: { orderBy: [{ sector: 'asc' }, { scope: 'asc' }] },
      hazards: { orderBy: { id: 'asc' } },
      actions: { orderBy: { id: 'asc' } },
    },
  })

type Contents = Awaited<ReturnType<typeof contents>>
const figures = (r: Contents) => ({
  protocol: r.protocol,
  reportingLevel: r.reportingLevel,
  inventory: r.inventory.map(({ sector, scope, emissions, notationKey }) => ({
    sector,
    scope,
    emissions,
    notationKey,
  })),
  hazards: r.hazards.map(({ hazard, riskLevel, expectedImpact, vulnerableGroups }) => ({
    hazard,
    riskLevel,
    expectedImpact,
    vulnerableGroups,
  })),
  actions: r.actions.map(({ kind, pillar, sector, title, status, url, adoptedAt }) => ({
    kind,
    pillar,
    sector,
    title,
    status,
    url,
    adoptedAt,
  })),
})
const origins = (r: Contents) => ({
  level: r.reportingLevelOrigin,
  inventory: r.inventory.map((e) => e.origin),
  hazards: r.hazards.map((h) => h.origin),
  actions: r.actions.map((a) => a.origin),
})

async function startNextYear(slug: string) {
  const { id } = await createReport({ slug, accountingYear: YEAR })
  return contents(id)
}

/** The portal form as a browser posts it, from form values. */
function reportForm(slug: string, values: ReportValues, extra: Record<string, string> = {}) {
  const f = new FormData()
  f.set('slug', slug)
  f.set('accountingYear', String(YEAR))
  f.set('reportingLevel', values.reportingLevel)
  f.set('inventoryBoundary', values.inventoryBoundary)
  for (const [name, v] of Object.entries(values.inventory)) f.set(name, v)
  values.hazards.forEach((h, i) => {
    for (const [k, v] of Object.entries(h)) if (typeof v === 'string') f.set(`hazard-${i}-${k}`, v)
  })
  values.actions.forEach((a, i) => {
    for (const [k, v] of Object.entries(a)) if (typeof v === 'string') f.set(`action-${i}-${k}`, v)
  })
  f.set('vulnerabilityAssessmentUrl', values.vulnerabilityAssessmentUrl)
  f.set('vulnerabilityAssessedAt', values.vulnerabilityAssessedAt)
  f.set('adaptationGoal', values.adaptationGoal)
  f.set('intent', 'save')
  for (const [k, v] of Object.entries(extra)) f.set(k, v)
  return f
}

const draftOf = (values: ReportValues) => {
  const { draft, errors } = validateDraft(values)
  expect(errors).toEqual({})
  return draft
}

describe('starting next year’s report from the previous verified one', () => {
  it('copies exactly the most recent verified report (not a later returned or draft one), all marked', async () => {
    const { slug, sourceId, official } = await memberWithHistory()
    const source = await contents(sourceId)
    const before = figures(source)
    const draft = await startNextYear(slug)
    expect(draft).toMatchObject({ status: 'DRAFT', accountingYear: YEAR, prefilledFrom: YEAR - 3 })
    expect(figures(draft)).toEqual(before)
    expect(draft.inventory.length).toBeGreaterThan(5)
    expect(draft.hazards).toHaveLength(2)
    expect(draft.actions).toHaveLength(2)
    expect(origins(draft)).toEqual({
      level: 'CARRIED_OVER',
      inventory: draft.inventory.map(() => 'CARRIED_OVER'),
      hazards: ['CARRIED_OVER', 'CARRIED_OVER'],
      actions: ['CARRIED_OVER', 'CARRIED_OVER'],
    })
    // Copied, not moved: the verified report keeps its rows, and they stay the official's own.
    expect(figures(await contents(sourceId))).toEqual(before)
    expect(origins(await contents(sourceId)).inventory.every((o) => o === 'ENTERED')).toBe(true)
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: draft.id, action: 'report.create' },
    })
    expect(audit.actorId).toBe(official.id)
    expect(JSON.parse(audit.after ?? '{}').carriedOver).toEqual({
      fromYear: YEAR - 3,
      inventory: draft.inventory.length,
      hazards: 2,
      actions: 2,
    })
  })

  it('without a verified report the draft starts empty, as before', async () => {
    const { municipality, official } = await compactMember()
    await returnedReport(db, { municipalityId: municipality.id, accountingYear: YEAR - 2 })
    await draftReport(db, { municipalityId: municipality.id, accountingYear: YEAR - 1 })
    signInAs(official)
    const draft = await startNextYear(municipality.slug)
    expect(draft).toMatchObject({
      prefilledFrom: null,
      reportingLevel: null,
      reportingLevelOrigin: 'ENTERED',
    })
    expect([draft.inventory, draft.hazards, draft.actions]).toEqual([[], [], []])
  })

  it('starting a year that exists opens it and copies nothing again', async () => {
    const { slug } = await memberWithHistory()
    const first = await startNextYear(slug)
    const again = await createReport({ slug, accountingYear: YEAR })
    expect(again).toEqual({ id: first.id, created: false })
    expect((await contents(first.id)).inventory).toHaveLength(first.inventory.length)
  })
})

describe('changing and confirming carried-over figures', () => {
  it('a changed figure, level or row loses its mark; unchanged ones keep it; a removed row takes none', async () => {
    const { slug } = await memberWithHistory()
    const draft = await startNextYear(slug)
    const values = valuesFromReport(draft)
    const changedCell = `inv-${draft.inventory[0]!.sector}-${draft.inventory[0]!.scope}`
    values.inventory[changedCell] = '4321'
    values.hazards = [values.hazards[1]!, { ...values.hazards[0]!, riskLevel: 'EXTREME' }]
    values.actions = [values.actions[1]!] // the plan removed
    await saveReportDraft({ slug, accountingYear: YEAR, draft: draftOf(values) })
    const after = await contents(draft.id)
    expect(after.inventory[0]).toMatchObject({ emissions: 4321, origin: 'ENTERED' })
    expect(after.inventory.slice(1).every((e) => e.origin === 'CARRIED_OVER')).toBe(true)
    expect(origins(after).hazards).toEqual(['CARRIED_OVER', 'ENTERED']) // the flood row kept, heat changed
    expect(after.hazards[0]!.hazard).toBe('FLOODING_FLASH')
    expect(origins(after).actions).toEqual(['CARRIED_OVER'])
    expect(after.reportingLevelOrigin).toBe('CARRIED_OVER')

    values.reportingLevel = 'BASIC_PLUS'
    await saveReportDraft({ slug, accountingYear: YEAR, draft: draftOf(values) })
    expect((await contents(draft.id)).reportingLevelOrigin).toBe('ENTERED')
    // Typing the old figure back in does not make it carried over again: it is the official's now.
    values.inventory[changedCell] = valuesFromReport(draft).inventory[changedCell]!
    await saveReportDraft({ slug, accountingYear: YEAR, draft: draftOf(values) })
    expect((await contents(draft.id)).inventory[0]!.origin).toBe('ENTERED')
  })

  it('confirming a section (the form’s box) clears its marks, keeps the source, and is audited', async () => {
    const { slug } = await memberWithHistory()
    const draft = await startNextYear(slug)
    const values = valuesFromReport(draft)
    const outcome = await outcomeOf(
      saveReportAction(null, reportForm(slug, values, { 'confirm-inventory': 'yes' })),
    )
    expect(outcome).toEqual({ kind: 'redirect', url: expect.stringMatching(/\?confirmed=1&v=/) })
    const after = await contents(draft.id)
    expect(origins(after)).toEqual({
      level: 'CONFIRMED',
      inventory: after.inventory.map(() => 'CONFIRMED'),
      hazards: ['CARRIED_OVER', 'CARRIED_OVER'],
      actions: ['CARRIED_OVER', 'CARRIED_OVER'],
    })
    expect(after.prefilledFrom).toBe(YEAR - 3)
    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityId: draft.id, action: 'report.confirm-carried-over' },
    })
    expect(JSON.parse(audit.after ?? '{}')).toEqual({
      confirmed: { inventory: after.inventory.length + 1 },
    })
    // A confirmed figure stays confirmed through later saves, until it is changed.
    await saveReportDraft({ slug, accountingYear: YEAR, draft: draftOf(values) })
    expect(origins(await contents(draft.id)).inventory.every((o) => o === 'CONFIRMED')).toBe(true)
  })
})

describe('submitting a pre-filled report', () => {
  it('is refused while figures are unconfirmed, with a message at each one; confirmed, it goes', async () => {
    const { slug } = await memberWithHistory()
    const draft = await startNextYear(slug)
    const values = valuesFromReport(draft)
    const result = await submitReport({ slug, accountingYear: YEAR })
    expect(result.submitted).toBe(false)
    if (result.submitted) return
    const cells = draft.inventory.map((e) => `inv-${e.sector}-${e.scope}`)
    expect(Object.keys(result.errors).sort()).toEqual(
      [
        ...cells,
        'reportingLevel',
        'hazard-0-hazard',
        'hazard-1-hazard',
        'action-0-title',
        'action-1-title',
        'confirm-inventory',
        'confirm-hazards',
        'confirm-actions',
      ].sort(),
    )
    expect(result.errors['hazard-1-hazard']).toBe(
      `Hazard 2 was carried over from ${YEAR - 3}’s verified report: confirm it or change it`,
    )
    expect(result.errors['confirm-hazards']).toBe(
      `Tick this box to confirm the 2 hazards carried over from ${YEAR - 3}’s verified report, or change them`,
    )
    expect((await contents(draft.id)).status).toBe('DRAFT')

    // Through the form: inventory and hazards confirmed, the plans not: refused, by the plans' fields only.
    const state = (await runAction(
      saveReportAction(
        null,
        reportForm(slug, values, {
          intent: 'submit',
          'confirm-inventory': 'yes',
          'confirm-hazards': 'yes',
        }),
      ),
    )) as NonNullable<ReportFormState>
    expect(Object.keys(state.fieldErrors).sort()).toEqual([
      'action-0-title',
      'action-1-title',
      'confirm-actions',
    ])
    expect(state.notice).toMatch(/cannot be submitted/)
    expect(state.carry).toMatchObject({ fromYear: YEAR - 3, hazards: [], inventory: {} })
    expect(state.carry?.actions).toHaveLength(2)
    expect((await contents(draft.id)).status).toBe('DRAFT')

    // One plan changed, the other confirmed: submitted.
    values.actions[1] = { ...values.actions[1]!, status: 'IN_PROGRESS' }
    expect(
      await runAction(
        saveReportAction(null, reportForm(slug, values, { intent: 'submit', 'confirm-actions': 'yes' })),
      ),
    ).toMatch(/^redirect:.*\?submitted=1/)
    const submitted = await contents(draft.id)
    expect(submitted.status).toBe('SUBMITTED')
    expect(origins(submitted).actions).toEqual(['CONFIRMED', 'ENTERED'])
  })

  it('a report started empty is submitted as before (no confirmation asked)', async () => {
    const { municipality, official } = await compactMember()
    signInAs(official)
    await createReport({ slug: municipality.slug, accountingYear: YEAR })
    const { report } = await getReportForOfficial({ slug: municipality.slug, accountingYear: YEAR })
    const result = await submitReport({ slug: municipality.slug, accountingYear: YEAR })
    expect(result.submitted).toBe(false)
    if (!result.submitted)
      expect(Object.keys(result.errors).filter((k) => k.startsWith('confirm-'))).toEqual([])
    expect(report.prefilledFrom).toBeNull()
  })
})

describe('only the municipality’s own officials', () => {
  it('an official of another place can neither start, save nor confirm: nothing changes', async () => {
    const own = await memberWithHistory()
    const other = await compactMember()
    signInAs(other.official)
    expect(await codeOf(createReport({ slug: own.slug, accountingYear: YEAR }))).toBe('NOT_FOUND')
    expect(await db.progressReport.count({ where: { municipalityId: own.municipality.id } })).toBe(4)

    signInAs(own.official)
    const draft = await startNextYear(own.slug)
    const values = valuesFromReport(draft)
    const auditBefore = await db.auditLog.count({ where: { entityId: draft.id } })
    signInAs(other.official)
    for (const intent of ['save', 'submit'])
      expect(
        await outcomeOf(
          saveReportAction(
            null,
            reportForm(own.slug, values, {
              intent,
              'confirm-inventory': 'yes',
              'confirm-hazards': 'yes',
              'confirm-actions': 'yes',
            }),
          ),
        ),
      ).toEqual({ kind: 'not-found' })
    expect(
      await codeOf(
        saveReportDraft({
          slug: own.slug,
          accountingYear: YEAR,
          draft: draftOf(values),
          confirm: ['inventory'],
        }),
      ),
    ).toBe('NOT_FOUND')
    const after = await contents(draft.id)
    expect(origins(after)).toEqual(origins(draft))
    expect(after.status).toBe('DRAFT')
    expect(await db.auditLog.count({ where: { entityId: draft.id } })).toBe(auditBefore)
  })
})
