// Officials for end-to-end tests: approved signatories read from the e2e database, and signing in
// through the real email-link form with the mail caught by the spec's SMTP server.
import { expect, type Page } from '@playwright/test'
import type { CapturedMail, TestSmtpServer } from '../../helpers/smtp'
import { withE2eDb } from './e2e-db'

export type E2eSignatory = { email: string; slug: string; name: string; state: string }

/**
 * Signatories of approved Compact of Mayors pledges of member municipalities who may sign in by email
 * link (no staff or deactivated account under that address), in pledge id order (or the reverse).
 * `withoutReports`: only municipalities that have no progress report yet.
 */
export async function compactSignatories({ withoutReports = false, newestFirst = false } = {}): Promise<
  E2eSignatory[]
> {
  const [pledges, barred] = await withE2eDb((db) =>
    Promise.all([
      db.pledge.findMany({
        where: {
          status: 'APPROVED',
          campaign: { hasCompliancePath: true },
          municipality: { isMember: true, ...(withoutReports ? { reports: { none: {} } } : {}) },
        },
        orderBy: { id: newestFirst ? 'desc' : 'asc' },
        select: { emailNormalized: true, municipality: { select: { slug: true, name: true, state: true } } },
      }),
      db.user.findMany({
        where: { OR: [{ role: { not: 'OFFICIAL' } }, { active: false }] },
        select: { email: true },
      }),
    ]),
  )
  const barredEmails = new Set(barred.map((u) => u.email))
  return pledges
    .filter((p) => !barredEmails.has(p.emailNormalized))
    .map((p) => ({ email: p.emailNormalized, ...p.municipality }))
}

/**
 * Signatories (as compactSignatories finds them) whose municipality's latest report is VERIFIED, with its
 * year and how many hazards and plans or actions it holds, the most recently verified year first: the
 * next year's report of each starts from that report (pre-fill).
 */
export async function signatoriesWithVerifiedReport(): Promise<
  (E2eSignatory & { verifiedYear: number; hazards: number; actions: number })[]
> {
  const signatories = await compactSignatories()
  const latest = await withE2eDb((db) =>
    db.progressReport.findMany({
      where: { municipality: { slug: { in: signatories.map((s) => s.slug) } } },
      orderBy: { accountingYear: 'desc' },
      distinct: ['municipalityId'],
      select: {
        accountingYear: true,
        status: true,
        municipality: { select: { slug: true } },
        _count: { select: { hazards: true, actions: true } },
      },
    }),
  )
  const bySlug = new Map(latest.map((r) => [r.municipality.slug, r]))
  return signatories
    .flatMap((s) => {
      const r = bySlug.get(s.slug)
      return r?.status === 'VERIFIED'
        ? [{ ...s, verifiedYear: r.accountingYear, hazards: r._count.hazards, actions: r._count.actions }]
        : []
    })
    .sort((a, b) => b.verifiedYear - a.verifiedYear || a.slug.localeCompare(b.slug))
}

/**
 * The signatory of an approved Compact of Mayors pledge of a member municipality, who may sign in by
 * email link (no staff account under that address). `skip` picks a different one, so specs and the
 * JavaScript on/off runs need not share a municipality.
 */
export async function approvedSignatory(skip = 0): Promise<E2eSignatory> {
  const row = (await compactSignatories())[skip]
  if (!row) throw new Error('The e2e database has no approved signatory: was it seeded with demo data?')
  return row
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
