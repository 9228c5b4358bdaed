// Staff accounts for end-to-end tests, written straight into the e2e database with real argon2id hashes,
// and signing in through the real form.
import { randomBytes } from 'node:crypto'
import Database from 'better-sqlite3'
import { hash } from '@node-rs/argon2'
import { expect, type Page } from '@playwright/test'
import { e2eDatabaseFile } from './e2e-env.mjs'

export const STAFF_PASSWORD = 'e2e staff passphrase 2026'

// Prisma's SQLite adapter keeps DateTime as ISO text with an explicit offset.
export const sqliteDate = (d = new Date()) => d.toISOString().replace('Z', '+00:00')

export function withE2eDb<T>(run: (conn: Database.Database) => T): T {
  const conn = new Database(e2eDatabaseFile(), { fileMustExist: true })
  try {
    return run(conn)
  } finally {
    conn.close()
  }
}

export async function createStaff(role: 'ADMIN' | 'EDITOR' | 'MODERATOR'): Promise<string> {
  const email = `e2e-${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.org`
  const passwordHash = await hash(STAFF_PASSWORD, { algorithm: 2 })
  withE2eDb((c) =>
    c
      .prepare(
        `INSERT INTO "User" (id, email, name, role, passwordHash, active, failedLoginCount, isDemo, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, 1, 0, 0, ?, ?)`,
      )
      .run(
        `e2e${randomBytes(10).toString('hex')}`,
        email,
        `E2E ${role}`,
        role,
        passwordHash,
        sqliteDate(),
        sqliteDate(),
      ),
  )
  return email
}

/** Opens a staff page while signed out, signs in on the form it is sent to, and lands back on it. */
export async function signInTo(page: Page, path: string, email: string) {
  await page.goto(path)
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(STAFF_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(new RegExp(`${path.replace(/[?]/g, '\\?')}$`))
}
