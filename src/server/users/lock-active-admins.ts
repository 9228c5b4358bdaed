import 'server-only'
import type { Db } from '@/server/db'
import { env } from '@/lib/env'

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]

/**
 * The ids of the active admins, locked until the transaction ends. On PostgreSQL the rows are locked
 * in id order (SELECT ... FOR UPDATE), so two transactions that each remove an admin run one after the
 * other and the second sees the first's change; SQLite runs one write transaction at a time anyway.
 */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  if (env().databaseProvider === 'postgres') {
    const rows = await tx.$queryRawUnsafe<{ id: string }[]>(
      `SELECT id FROM "User" WHERE role = 'ADMIN' AND active = true ORDER BY id FOR UPDATE`,
    )
    return rows.map((r) => r.id)
  }
  const rows = await tx.user.findMany({ where: { role: 'ADMIN', active: true }, select: { id: true } })
  return rows.map((r) => r.id)
}
