// Every report action against anonymous, another municipality's official, an unconfirmed official,
// the municipality's own official, a moderator and an admin. Refused callers change nothing.
import { beforeAll, describe, expect, it } from 'vitest'
import '../../helpers/session'
import { db } from '../../helpers/db'
import { staffUser } from '../../fixtures/factories'
import { validateDraft } from '@/schemas/reports'
import { listMunicipalityReports } from '@/server/reports/list-municipality-reports'
import { createReport } from '@/server/reports/create-report'
import { getReportForOfficial } from '@/server/reports/get-report-for-official'
import { saveReportDraft } from '@/server/reports/save-report-draft'
import { submitReport } from '@/server/reports/submit-report'
import { importInventoryCsv } from '@/server/reports/import-inventory-csv'
import { reviewReport } from '@/server/reports/review-report'
import { saveReportAction, uploadInventoryAction } from '@/app/portal/[slug]/reports/actions'
import { codeOf, compactMember, completeBasicValues, signInAs } from './fixtures'

const personas = ['anonymous', 'otherOfficial', 'unconfirmed', 'official', 'moderator', 'admin'] as const
type Persona = (typeof personas)[number]

const expected: Record<Persona, string> = {
  anonymous: 'UNAUTHENTICATED',
  otherOfficial: 'NOT_FOUND',
  unconfirmed: 'NOT_FOUND',
  official: 'ok',
  moderator: 'FORBIDDEN',
  admin: 'ok',
}

const YEAR = 2023
let slug = ''
let reportId = ''
const users = {} as Record<Exclude<Persona, 'anonymous'>, { id: string }>

beforeAll(async () => {
  const own = await compactMember()
  const other = await compactMember()
  slug = own.municipality.slug
  users.official = own.official
  users.otherOfficial = other.official
  users.unconfirmed = await staffUser(db, 'OFFICIAL')
  await db.municipalityOfficial.create({
    data: { userId: users.unconfirmed.id, municipalityId: own.municipality.id, confirmed: false },
  })
  users.moderator = await staffUser(db, 'MODERATOR')
  users.admin = await staffUser(db, 'ADMIN')
  signInAs(own.official)
  reportId = (await createReport({ slug, accountingYear: YEAR })).id
})

// An incomplete draft, so that "submit" answers with problems and the report stays a draft.
const draft = () => {
  const values = completeBasicValues()
  values.reportingLevel = ''
  return validateDraft(values).draft
}

const actions: Record<string, () => Promise<unknown>> = {
  listMunicipalityReports: () => listMunicipalityReports({ slug }),
  createReport: () => createReport({ slug, accountingYear: YEAR }),
  getReportForOfficial: () => getReportForOfficial({ slug, accountingYear: YEAR }),
  saveReportDraft: () => saveReportDraft({ slug, accountingYear: YEAR, draft: draft() }),
  submitReport: () => submitReport({ slug, accountingYear: YEAR }),
  importInventoryCsv: () =>
    importInventoryCsv({
      slug,
      accountingYear: YEAR,
      text: 'sector,scope,emissions_tco2e,notation_key\nWASTE,1,5,\n',
    }),
}

describe('report actions: who may do what', () => {
  for (const [name, run] of Object.entries(actions)) {
    for (const persona of personas) {
      it(`${name}: ${persona} -> ${expected[persona]}`, async () => {
        signInAs(persona === 'anonymous' ? null : users[persona])
        const auditBefore = await db.auditLog.count({ where: { entityId: reportId } })
        expect(await codeOf(run())).toBe(expected[persona])
        if (expected[persona] !== 'ok')
          expect(await db.auditLog.count({ where: { entityId: reportId } })).toBe(auditBefore)
      })
    }
  }

  it('an unknown municipality is NOT_FOUND for officials and UNAUTHENTICATED for anonymous visitors', async () => {
    signInAs(users.official)
    expect(await codeOf(listMunicipalityReports({ slug: 'no-such-place-zz' }))).toBe('NOT_FOUND')
    signInAs(null)
    expect(await codeOf(listMunicipalityReports({ slug: 'no-such-place-zz' }))).toBe('UNAUTHENTICATED')
  })

  it('a year that is no four-digit year ("1e308", a tampered form) names no report, not a 500', async () => {
    signInAs(users.official)
    const form = (year: string) => {
      const f = new FormData()
      f.set('slug', slug)
      f.set('accountingYear', year)
      f.set('inventoryFile', new File(['sector,scope\n'], 'inventory.csv', { type: 'text/csv' }))
      return f
    }
    for (const year of ['1e308', '-1e308', '99999999999'])
      for (const action of [saveReportAction, uploadInventoryAction])
        expect(await codeOf(action(null, form(year)))).toBe('NOT_FOUND')
  })

  it('officials cannot review reports, not even their own', async () => {
    await db.progressReport.update({ where: { id: reportId }, data: { status: 'SUBMITTED' } })
    for (const reviewer of [users.official, users.otherOfficial]) {
      expect(await codeOf(reviewReport({ reportId, reviewer, decision: { verdict: 'verify' } }))).toBe(
        'FORBIDDEN',
      )
    }
    expect((await db.progressReport.findUniqueOrThrow({ where: { id: reportId } })).status).toBe('SUBMITTED')
  })
})
