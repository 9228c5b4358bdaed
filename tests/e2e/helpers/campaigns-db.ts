// Figures for the campaign and home page tests, read straight from the e2e database.
import Database from 'better-sqlite3'
import { e2eDatabaseFile } from './e2e-env.mjs'

export function withE2eDatabase<T>(read: (conn: Database.Database) => T): T {
  const conn = new Database(e2eDatabaseFile(), { readonly: true, fileMustExist: true })
  try {
    return read(conn)
  } finally {
    conn.close()
  }
}

export function approvedSignatoryCount(campaignSlug: string, state?: string): number {
  return withE2eDatabase((conn) => {
    const row = conn
      .prepare(
        `SELECT COUNT(*) AS n FROM Pledge p JOIN Campaign c ON c.id = p.campaignId
         JOIN Municipality m ON m.id = p.municipalityId
         WHERE c.slug = ? AND p.status = 'APPROVED' AND (? IS NULL OR m.state = ?)`,
      )
      .get(campaignSlug, state ?? null, state ?? null) as { n: number }
    return Number(row.n)
  })
}

/** Approved signatories per state, most first. */
export function signatoriesByState(campaignSlug: string): { state: string; n: number }[] {
  return withE2eDatabase(
    (conn) =>
      conn
        .prepare(
          `SELECT m.state AS state, COUNT(*) AS n FROM Pledge p JOIN Campaign c ON c.id = p.campaignId
           JOIN Municipality m ON m.id = p.municipalityId
           WHERE c.slug = ? AND p.status = 'APPROVED' GROUP BY m.state ORDER BY n DESC, m.state`,
        )
        .all(campaignSlug) as { state: string; n: number }[],
  )
}

export function latestPledgeTextVersion(campaignSlug: string): number | null {
  return withE2eDatabase((conn) => {
    const row = conn
      .prepare(
        `SELECT MAX(t.version) AS v FROM PledgeText t JOIN Campaign c ON c.id = t.campaignId
         WHERE c.slug = ? AND t.publishedAt IS NOT NULL`,
      )
      .get(campaignSlug) as { v: number | null }
    return row.v === null ? null : Number(row.v)
  })
}

export const formatCount = (n: number) => n.toLocaleString('en-US')
