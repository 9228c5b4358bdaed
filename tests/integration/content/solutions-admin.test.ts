// Solutions Gateway entries edited in admin: drafts stay off the public pages, publishing shows them at
// once (cache tags), and the search text follows every edit.
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../helpers/session'
import { db } from '../../helpers/db'
import { expiredTags, resetExpiredTags } from '../../helpers/next-cache'
import { saveSolution } from '@/server/solutions/save-solution'
import { setSolutionStatus } from '@/server/solutions/set-solution-status'
import { searchSolutions } from '@/server/solutions/search-solutions'
import { getPublishedSolution } from '@/server/solutions/get-published-solution'
import { listSolutionsForAdmin } from '@/server/solutions/list-solutions-for-admin'
import { saveSolutionAction, setSolutionStatusAction } from '@/app/admin/solutions/actions'
import { solutionSearchText } from '@/lib/domain/solution-search-text'
import { form, run, setUpContentTests } from './fixtures'

let editor: { id: string }
let moderator: { id: string }
setUpContentTests((staff) => ({ editor, moderator } = staff))

const input = {
  title: 'Flood-ready schools',
  summary: 'Raise boilers and electrics above flood level.',
  body: '## What it is\n\nMoving equipment upstairs in zebrafinch schools.',
  costBand: 'MEDIUM' as const,
  coBenefits: 'Fewer closures.',
  hazards: ['FLOODING_RIVERINE'],
  sectors: ['BUILDINGS', 'EMERGENCY_MANAGEMENT'],
}

describe('solutions in admin', () => {
  it('a new solution is a draft with a slug from its title, invisible to the public', async () => {
    const { id, slug } = await saveSolution({ input, editor })
    expect(slug).toMatch(/^flood-ready-schools/)
    const row = await db.solution.findUniqueOrThrow({ where: { id } })
    expect(row.status).toBe('DRAFT')
    expect(row.searchText).toBe(solutionSearchText(input))
    expect(row.searchText).toContain('river flooding')
    expect((await searchSolutions({ q: 'zebrafinch' })).total).toBe(0)
    expect(await getPublishedSolution({ slug })).toBeNull()
    expect(expiredTags).toEqual([])
  })

  it('publishing shows it on the gateway and expires its tags; edits keep the search text current', async () => {
    const { id, slug } = await saveSolution({ input: { ...input, title: 'Flood-ready clinics' }, editor })
    await setSolutionStatus({ id, status: 'PUBLISHED', editor })
    expect(expiredTags).toEqual([`solution:${slug}`, 'solutions'])
    expect(
      (await searchSolutions({ q: 'zebrafinch', hazard: 'FLOODING_RIVERINE' })).items.map((i) => i.slug),
    ).toEqual([slug])
    resetExpiredTags()
    await saveSolution({
      id,
      input: { ...input, title: 'Flood-ready clinics', body: 'Now about kingfishers.', hazards: ['STORM'] },
      editor,
    })
    expect(expiredTags).toEqual([`solution:${slug}`, 'solutions'])
    expect((await searchSolutions({ q: 'zebrafinch' })).total).toBe(0)
    expect((await searchSolutions({ q: 'kingfishers', hazard: 'STORM' })).total).toBe(1)
    expect((await getPublishedSolution({ slug }))?.hazards).toEqual(['STORM'])
    await setSolutionStatus({ id, status: 'DRAFT', editor })
    expect(await getPublishedSolution({ slug })).toBeNull()
    const audits = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: 'asc' } })
    expect(audits.map((a) => a.action)).toEqual([
      'solution.create',
      'solution.publish',
      'solution.update',
      'solution.unpublish',
    ])
  })

  it('the actions check the role and answer bad input by the field', async () => {
    signInAs(moderator)
    const fields = { ...input, intent: 'save' }
    expect(await run(saveSolutionAction(null, form(fields)))).toBe('FORBIDDEN')
    await expect(listSolutionsForAdmin()).rejects.toMatchObject({ code: 'FORBIDDEN' })
    signInAs(editor)
    const state = await run(
      saveSolutionAction(null, form({ ...fields, costBand: 'FREE', hazards: [], title: '' })),
    )
    expect(state).toMatchObject({
      fieldErrors: {
        title: 'Enter a title',
        costBand: 'Select a cost band',
        hazards: 'Select at least one hazard',
      },
    })
    const saved = (await run(saveSolutionAction(null, form(fields)))) as string
    expect(saved).toMatch(/^redirect:\/admin\/solutions\/[a-z0-9]+\?done=created$/)
    const id = saved.split('/').pop()!.split('?')[0]!
    signInAs(moderator)
    expect(await run(setSolutionStatusAction(form({ id, status: 'PUBLISHED' })))).toBe('FORBIDDEN')
    signInAs(editor)
    expect(await run(setSolutionStatusAction(form({ id, status: 'PUBLISHED' })))).toBe(
      `redirect:/admin/solutions/${id}?done=published`,
    )
  })

  it('a hazard or sector ticked twice (a tampered form) is saved once, not a 500', async () => {
    const fields = {
      ...input,
      intent: 'save',
      hazards: ['EXTREME_HEAT', 'EXTREME_HEAT'],
      sectors: ['BUILDINGS', 'BUILDINGS'],
    }
    const saved = (await run(saveSolutionAction(null, form(fields)))) as string
    expect(saved).toMatch(/^redirect:\/admin\/solutions\/[a-z0-9]+\?done=created$/)
    const id = saved.split('/').pop()!.split('?')[0]!
    const stored = await db.solution.findUniqueOrThrow({
      where: { id },
      include: { hazards: true, sectors: true },
    })
    expect(stored.hazards.map((h) => h.hazard)).toEqual(['EXTREME_HEAT'])
    expect(stored.sectors.map((s) => s.sector)).toEqual(['BUILDINGS'])
  })

  it('text with a control character (NUL, which PostgreSQL cannot store) is answered by the field', async () => {
    const before = await db.solution.count()
    const state = await run(
      saveSolutionAction(
        null,
        form({ ...input, intent: 'save', title: 'Cool\u0000roofs', body: 'a\u0007b' }),
      ),
    )
    expect(state).toMatchObject({
      fieldErrors: {
        title: 'The title must not contain control characters',
        body: 'The description must not contain control characters',
      },
    })
    expect(await db.solution.count()).toBe(before)
  })
})
