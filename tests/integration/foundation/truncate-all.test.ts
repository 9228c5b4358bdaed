// The wipe that tests rely on empties every table, children and parents alike, on either provider.
import { expect, test } from 'vitest'
import { db, truncateAll, uniqueSlug } from '../../helpers/db'

test('truncateAll deletes linked rows in a foreign-key-safe order and keeps the migration history', async () => {
  const town = await db.municipality.create({
    data: { slug: uniqueSlug('town'), name: 'Wipeton', searchName: 'wipeton', state: 'OR', isMember: true },
  })
  const report = await db.progressReport.create({ data: { municipalityId: town.id, accountingYear: 2023 } })
  await db.inventoryEntry.create({ data: { reportId: report.id, sector: 'WASTE', scope: 1, emissions: 10 } })
  const user = await db.user.create({ data: { email: `${uniqueSlug('u')}@example.org` } })
  await db.municipalityOfficial.create({ data: { userId: user.id, municipalityId: town.id } })
  await db.auditLog.create({
    data: {
      actorId: user.id,
      actorLabel: 'test',
      action: 'test',
      entityType: 'Municipality',
      entityId: town.id,
    },
  })

  await truncateAll()

  const counts = await Promise.all([
    db.municipality.count(),
    db.progressReport.count(),
    db.inventoryEntry.count(),
    db.user.count(),
    db.municipalityOfficial.count(),
    db.auditLog.count(),
  ])
  expect(counts).toEqual([0, 0, 0, 0, 0, 0])
  const history = await db.$queryRawUnsafe<{ n: number | bigint }[]>(
    'SELECT COUNT(*) AS n FROM _prisma_migrations',
  )
  expect(Number(history[0]?.n)).toBeGreaterThan(0)
})
