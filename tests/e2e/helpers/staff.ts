// Staff accounts for end-to-end tests, written straight into the e2e database with real argon2id hashes,
// and signing in through the real form.
import { randomBytes } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import { expect, type Page } from '@playwright/test'
import { withE2eDb } from './e2e-db'

export const STAFF_PASSWORD = 'e2e staff passphrase 2026'

export async function createStaff(role: 'ADMIN' | 'EDITOR' | 'MODERATOR'): Promise<string> {
  const email = `e2e-${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.org`
  const passwordHash = await hash(STAFF_PASSWORD, { algorithm: 2 })
  await withE2eDb((db) =>
    db.user.create({
      data: { id: `e2e${randomBytes(10).toString('hex')}`, email, name: `E2E ${role}`, role, passwordHash },
    }),
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
