import 'server-only'
import { randomBytes } from 'node:crypto'
import { db, type Db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { invalidateSolution } from '@/server/cache-tags'
import { assertEditor } from '@/server/content/assert-editor'
import { slugify } from '@/lib/text'
import { solutionSearchText } from '@/lib/domain/solution-search-text'
import type { SolutionInput } from '@/schemas/content'

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

async function freeSlug(tx: Tx, title: string) {
  const base = slugify(title).slice(0, 80).replace(/-$/, '') || 'solution'
  if (!(await tx.solution.findUnique({ where: { slug: base }, select: { id: true } }))) return base
  return `${base}-${randomBytes(3).toString('hex')}`
}

const fields = (input: SolutionInput) => ({
  title: input.title,
  summary: input.summary,
  body: input.body,
  // The full-text index follows this column in the same transaction (a trigger on SQLite, an expression
  // index on PostgreSQL): docs/decisions/0016-full-text-search.md.
  searchText: solutionSearchText(input),
  costBand: input.costBand as 'LOW' | 'MEDIUM' | 'HIGH',
  coBenefits: input.coBenefits,
})

/**
 * Creates a solution (as a draft, its address made from the title and kept for good) or updates one;
 * a published solution's public pages show the change on the next request.
 */
export async function saveSolution({
  id,
  input,
  editor,
}: {
  id?: string
  input: SolutionInput
  editor: { id: string }
}) {
  const result = await db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, 'solution.edit')
    const relations = {
      hazards: { create: input.hazards.map((hazard) => ({ hazard })) },
      sectors: { create: input.sectors.map((sector) => ({ sector })) },
    }
    const before = id
      ? await tx.solution.findUnique({ where: { id }, include: { hazards: true, sectors: true } })
      : null
    if (id && !before) throw new AppError('NOT_FOUND')
    let saved: { id: string; slug: string; status: 'DRAFT' | 'PUBLISHED' }
    if (before) {
      await tx.solutionHazard.deleteMany({ where: { solutionId: before.id } })
      await tx.solutionSector.deleteMany({ where: { solutionId: before.id } })
      saved = await tx.solution.update({
        where: { id: before.id },
        data: { ...fields(input), ...relations },
        select: { id: true, slug: true, status: true },
      })
    } else {
      saved = await tx.solution.create({
        data: { slug: await freeSlug(tx, input.title), status: 'DRAFT', ...fields(input), ...relations },
        select: { id: true, slug: true, status: true },
      })
    }
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: before ? 'solution.update' : 'solution.create',
      entityType: 'Solution',
      entityId: saved.id,
      before: before && {
        title: before.title,
        summary: before.summary,
        body: before.body,
        costBand: before.costBand,
        coBenefits: before.coBenefits,
        hazards: before.hazards.map((h) => h.hazard),
        sectors: before.sectors.map((x) => x.sector),
      },
      after: { slug: saved.slug, ...input },
    })
    return saved
  })
  if (result.status === 'PUBLISHED') invalidateSolution(result.slug)
  return { id: result.id, slug: result.slug }
}
