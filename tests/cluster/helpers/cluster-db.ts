// Rows the cluster specs need, written straight into the cluster's PostgreSQL database (as the e2e helpers do
// on theirs), and staff sign-in through the real form.
import { randomBytes } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import pg from 'pg'
import { expect, type Page } from '@playwright/test'
import { clusterRuntime } from '../cluster-env'

export const STAFF_PASSWORD = 'cluster staff passphrase 2026'

const newId = (prefix = 'cl') => `${prefix}${randomBytes(10).toString('hex')}`

export async function withClusterDb<T>(run: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: clusterRuntime().databaseUrl })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export async function createStaff(role: 'ADMIN' | 'EDITOR' | 'MODERATOR'): Promise<string> {
  const email = `cluster-${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.org`
  const passwordHash = await hash(STAFF_PASSWORD, { algorithm: 2 })
  await withClusterDb((c) =>
    c.query(
      `INSERT INTO "User" (id, email, name, role, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, $5, now())`,
      [newId(), email, `Cluster ${role}`, role, passwordHash],
    ),
  )
  return email
}

/** A confirmed pledge awaiting review, for a new municipality in Wyoming; returns its name and slug. */
export async function pendingPledge(campaignSlug: string): Promise<{ town: string; slug: string }> {
  const tag = randomBytes(3).toString('hex')
  const town = `Clusterton ${tag}`
  const slug = `clusterton-${tag}-wy`
  const email = `mayor-${tag}@clusterton.example.org`
  await withClusterDb(async (c) => {
    const { rows } = await c.query(
      `SELECT t.id, t."campaignId" FROM "PledgeText" t JOIN "Campaign" c ON c.id = t."campaignId"
       WHERE c.slug = $1 AND t."publishedAt" IS NOT NULL ORDER BY t.version DESC LIMIT 1`,
      [campaignSlug],
    )
    const text = rows[0] as { id: string; campaignId: string }
    const municipalityId = newId()
    await c.query(
      `INSERT INTO "Municipality" (id, slug, name, "searchName", state, population, "updatedAt")
       VALUES ($1, $2, $3, $4, 'WY', 1234, now())`,
      [municipalityId, slug, town, town.toLowerCase()],
    )
    const old = new Date('2001-01-01T00:00:00Z')
    await c.query(
      `INSERT INTO "Pledge" (id, "campaignId", "pledgeTextId", "municipalityId", "liveKey", "signatoryName",
         "signatoryTitle", email, "emailNormalized", "mandateType", status, "signedAt", "confirmedAt", "createdAt",
         "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'Pat Cluster', 'Mayor', $6, $6, 'LETTER', 'PENDING_REVIEW', $7, $7, $7, now())`,
      [newId(), text.campaignId, text.id, municipalityId, `${municipalityId}:${text.campaignId}`, email, old],
    )
  })
  return { town, slug }
}

/** Opens a staff page while signed out, signs in on the form it is sent to, and lands back on it. */
export async function signInTo(page: Page, path: string, email: string) {
  await page.goto(path)
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(STAFF_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  // The first sign-in on a fresh instance can be slow on a busy machine.
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`), { timeout: 15_000 })
}

/** A progress report submitted for verification, with a BASIC inventory of 311,100 tCO2e in all. */
export async function submittedReport(municipalitySlug: string, accountingYear: number) {
  await withClusterDb(async (c) => {
    const reportId = newId()
    await c.query(
      `INSERT INTO "ProgressReport" (id, "municipalityId", "accountingYear", status, "reportingLevel", "submittedAt",
         "updatedAt")
       SELECT $1, id, $3, 'SUBMITTED', 'BASIC', now(), now() FROM "Municipality" WHERE slug = $2`,
      [reportId, municipalitySlug, accountingYear],
    )
    const entries: [string, number, number][] = [
      ['STATIONARY_ENERGY', 1, 120000],
      ['STATIONARY_ENERGY', 2, 80000],
      ['TRANSPORTATION', 1, 95000],
      ['TRANSPORTATION', 2, 4100],
      ['WASTE', 1, 12000],
    ]
    for (const [sector, scope, emissions] of entries)
      await c.query(
        `INSERT INTO "InventoryEntry" (id, "reportId", sector, scope, emissions) VALUES ($1, $2, $3, $4, $5)`,
        [newId(), reportId, sector, scope, emissions],
      )
  })
}
