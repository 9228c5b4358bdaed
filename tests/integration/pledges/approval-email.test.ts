// The approval email tells the new official what happens next: where the portal is, how signing in works
// (their address at /signin, a link by email), and what is due first and when. Sent over real SMTP.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { db } from '../../helpers/db'
import { startSmtpServer, type TestSmtpServer } from '../../helpers/smtp'
import { pendingReviewPledge, staffUser, suffix } from '../../fixtures/factories'

let smtp: TestSmtpServer
beforeAll(async () => {
  smtp = await startSmtpServer()
  vi.spyOn(console, 'info').mockImplementation(() => {})
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await smtp.close()
})

// env() is parsed once per process: the approval is loaded afresh with SMTP and a site address of its own.
async function freshApprovePledge() {
  vi.resetModules()
  vi.stubEnv('SMTP_URL', smtp.url)
  vi.stubEnv('SITE_URL', 'https://climate.example.org')
  return (await import('@/server/pledges/approve-pledge')).approvePledge
}

async function approve(campaign: 'compact-of-mayors' | 'rc4a', now: Date) {
  const email = `mayor-${suffix()}@town.gov`
  const pledge = await pendingReviewPledge(db, { campaign, email })
  const moderator = await staffUser(db, 'MODERATOR')
  const approvePledge = await freshApprovePledge()
  await approvePledge({ pledgeId: pledge.id, reviewer: moderator, now })
  const mail = await smtp.waitFor((m) => m.to.includes(email) && /has joined/.test(m.subject))
  // Quoted-printable soft breaks aside, read the text as one line per paragraph.
  return { mail, text: mail.text.replace(/\s+/g, ' '), email }
}

describe('the approval email', () => {
  it('Compact of Mayors: the portal, how to sign in, and the first compliance deadline a year on', async () => {
    const { mail, text, email } = await approve('compact-of-mayors', new Date('2026-03-10T15:30:00Z'))
    expect(mail.subject).toMatch(/has joined Compact of Mayors/)
    expect(text).toContain('officials’ portal, https://climate.example.org/portal,')
    expect(text).toContain(`enter this email address (${email}) at https://climate.example.org/signin`)
    expect(text).toContain('we email you a link that signs you in. No password is needed.')
    expect(text).toContain(
      'Due first: the GHG inventory and the list of climate hazards (the first stages of the compliance path), by March 10, 2027.',
    )
    expect(text).toContain('We remind you by email before it is due.')
    expect(mail.html).toContain('href="https://climate.example.org/signin?callbackUrl=%2Fportal"')
  })

  it('RC4A: the first annual progress report, a year on, and no compliance-path reminders promised', async () => {
    const { text } = await approve('rc4a', new Date('2028-02-29T08:00:00Z'))
    expect(text).toContain('https://climate.example.org/portal')
    // A leap day's anniversary falls on February 28 (src/lib/domain/compliance-dates.ts).
    expect(text).toContain('Due first: your first annual progress report, by February 28, 2029.')
    expect(text).not.toContain('remind')
  })
})
