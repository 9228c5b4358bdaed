// Officials for end-to-end tests: approved signatories read from the e2e database, and signing in
// through the real email-link form with the mail caught by the spec's SMTP server.
import Database from 'better-sqlite3'
import { expect, type Page } from '@playwright/test'
import type { CapturedMail, TestSmtpServer } from '../../helpers/smtp'
import { e2eDatabaseFile } from './e2e-env.mjs'

export type E2eSignatory = { email: string; slug: string; name: string }

/**
 * The signatory of an approved Compact of Mayors pledge of a member municipality, who may sign in by
 * email link (no staff account under that address). `skip` picks a different one, so specs and the
 * JavaScript on/off runs need not share a municipality.
 */
export function approvedSignatory(skip = 0): E2eSignatory {
  const conn = new Database(e2eDatabaseFile(), { readonly: true, fileMustExist: true })
  try {
    const row = conn
      .prepare(
        `SELECT p.emailNormalized AS email, m.slug AS slug, m.name AS name
         FROM Pledge p JOIN Municipality m ON m.id = p.municipalityId JOIN Campaign c ON c.id = p.campaignId
         WHERE p.status = 'APPROVED' AND m.isMember = 1 AND c.hasCompliancePath = 1
           AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.email = p.emailNormalized
                           AND (u.role <> 'OFFICIAL' OR u.active = 0))
         ORDER BY p.id LIMIT 1 OFFSET ?`,
      )
      .get(skip) as E2eSignatory | undefined
    if (!row) throw new Error('The e2e database has no approved signatory: was it seeded with demo data?')
    return row
  } finally {
    conn.close()
  }
}

/** The sign-in link of a sign-in email. */
export function signInLinkOf(mail: CapturedMail): string {
  const link = /(https?:\/\/\S+\/signin\/confirm\?\S+)/.exec(mail.text)?.[1]
  if (!link) throw new Error(`No sign-in link in: ${mail.text}`)
  return link
}

/**
 * Signs an official in the way they do: the email-link form on /signin, the email (caught by `smtp`),
 * the confirmation page's button. Lands on `callbackPath` (a portal page).
 */
export async function signInAsOfficial(
  page: Page,
  email: string,
  smtp: TestSmtpServer,
  { callbackPath = '/portal' }: { callbackPath?: string } = {},
): Promise<void> {
  const before = smtp.messages.length
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`)
  await page.getByLabel('Your email', { exact: true }).fill(email)
  await page.getByRole('button', { name: 'Email me a sign-in link' }).click()
  await expect(page).toHaveURL(/\/signin\/check-email/)
  const mail = await smtp.waitFor(
    (m) => smtp.messages.indexOf(m) >= before && m.to.includes(email) && m.subject === 'Your sign-in link',
  )
  await page.goto(signInLinkOf(mail))
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(new RegExp(`${callbackPath.replace(/[?]/g, '\\?')}$`))
}
