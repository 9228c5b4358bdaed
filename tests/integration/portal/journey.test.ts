// The city journey in the portal (issue 16): the getting-started checklist each official sees until they hide it,
// its items marked done from the municipality's records, and the stage to work on next.
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { activeTarget, draftReport, memberMunicipality, staffUser } from '../../fixtures/factories'
import { getPortalMunicipality } from '@/server/portal/get-portal-municipality'
import { hideChecklistAction } from '@/app/portal/[slug]/actions'
import { journeyGuide, nextJourneyStage } from '@/lib/domain/journey'
import { COMPLIANCE_STAGES } from '@/lib/domain/compliance'

const form = (fields: Record<string, string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(fields)) f.set(k, v)
  return f
}
const redirectOf = (p: Promise<unknown>) =>
  p.then(
    () => 'no redirect',
    (e) => String((e as { digest?: string }).digest).split(';')[2],
  )

describe('the getting-started checklist', () => {
  it('shows for each official until they hide it; items follow the records', async () => {
    const town = await memberMunicipality(db)
    const [mayor, clerk, admin] = [
      await staffUser(db, 'OFFICIAL'),
      await staffUser(db, 'OFFICIAL'),
      await staffUser(db, 'ADMIN'),
    ]
    await db.municipalityOfficial.create({ data: { userId: mayor.id, municipalityId: town.id } })
    signInAs(mayor)
    let m = await getPortalMunicipality({ slug: town.slug })
    expect(m).toMatchObject({ showChecklist: true, reportCount: 0 })
    expect(m.officials).toHaveLength(1)

    await db.municipalityOfficial.create({ data: { userId: clerk.id, municipalityId: town.id } })
    await draftReport(db, { municipalityId: town.id, accountingYear: 2024 })
    await activeTarget(db, 'BASE_YEAR_ABSOLUTE', { municipalityId: town.id })
    m = await getPortalMunicipality({ slug: town.slug })
    expect(m.reportCount).toBe(1)
    expect(m.officials).toHaveLength(2)
    expect(m.targets.filter((t) => t.status === 'ACTIVE')).toHaveLength(1)

    expect(await redirectOf(hideChecklistAction(form({ slug: town.slug })))).toBe(
      `/portal/${town.slug}?checklist=hidden`,
    )
    expect((await getPortalMunicipality({ slug: town.slug })).showChecklist).toBe(false)
    // Hiding twice changes nothing; the colleague still has theirs.
    await redirectOf(hideChecklistAction(form({ slug: town.slug })))
    signInAs(clerk)
    expect((await getPortalMunicipality({ slug: town.slug })).showChecklist).toBe(true)
    // An admin looking in for support never gets the checklist.
    signInAs(admin)
    expect((await getPortalMunicipality({ slug: town.slug })).showChecklist).toBe(false)
  })
})

describe('the journey', () => {
  it('the next step is the first stage not met, in the order of the path', () => {
    const stages = COMPLIANCE_STAGES.map((s) => ({ key: s.key, status: 'met' }))
    expect(nextJourneyStage(stages)).toBeNull()
    stages[3]!.status = 'due'
    stages[4]!.status = 'overdue'
    expect(nextJourneyStage(stages)?.key).toBe('target')
  })

  it('every stage says what it asks and links into this municipality’s portal or to help', () => {
    for (const { key } of COMPLIANCE_STAGES) {
      const guide = journeyGuide(key, 'springfield-il')
      expect(guide.asks.length).toBeGreaterThan(40)
      expect(guide.links.length).toBeGreaterThan(0)
      for (const l of guide.links)
        expect(l.href).toMatch(/^\/(portal\/springfield-il\/|members\/springfield-il$|network\/partners#)/)
    }
  })
})
