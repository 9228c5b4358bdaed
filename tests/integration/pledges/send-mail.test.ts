import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { signInAs } from '../../helpers/session'
import { captureLogs } from '../../helpers/capture-logs'
import { db } from '../../helpers/db'
import { startSmtpServer, type TestSmtpServer } from '../../helpers/smtp'
import { staffUser } from '../../fixtures/factories'
import { metricsRegistry } from '@/lib/metrics/metrics.mjs'

// The session cookie, as the guards see it (the outbox is for admins).

let smtp: TestSmtpServer
beforeAll(async () => {
  smtp = await startSmtpServer()
})
afterAll(async () => {
  vi.unstubAllEnvs()
  await smtp.close()
})

// env() is parsed once per process, so each case loads the mailer afresh with its own environment.
async function freshSendMail(smtpUrl: string | undefined) {
  vi.resetModules()
  vi.stubEnv('SMTP_URL', smtpUrl ?? '')
  vi.stubEnv('SITE_NAME', 'Test Climate Site')
  return (await import('@/server/mail/send-mail')).sendMail
}

// The process's email counter (the metrics port's leadership_emails_total), one registry whatever modules reload.
async function emailsCounted(labels: { transport: string; result: string }) {
  const { values } = await metricsRegistry().getSingleMetric('leadership_emails_total')!.get()
  const found = values.find(
    (v) => v.labels.transport === labels.transport && v.labels.result === labels.result,
  )
  return found?.value ?? 0
}

describe('sendMail', () => {
  it('sends plain-text and HTML parts by SMTP; the outbox keeps who, what and when, never the link', async () => {
    const sendMail = await freshSendMail(smtp.url)
    const sent = await emailsCounted({ transport: 'smtp', result: 'sent' })
    const { renderEmail } = await import('@/server/mail/render-email')
    const body = renderEmail({
      paragraphs: ['Ünïcode & <b>markup</b>'],
      actions: [{ label: 'Go', url: 'http://x.test/reset-password/secret-reset-token-0123456789?b=1&c=2' }],
    })
    expect(await sendMail({ to: 'official@city.gov', subject: 'Grüße from the site', ...body })).toEqual({
      transport: 'smtp',
    })
    const mail = await smtp.waitFor((m) => m.to.includes('official@city.gov'))
    expect(mail.subject).toBe('Grüße from the site')
    expect(await emailsCounted({ transport: 'smtp', result: 'sent' })).toBe(sent + 1)
    expect(mail.text).toContain('Ünïcode & <b>markup</b>')
    expect(mail.text).toContain('Test Climate Site')
    expect(mail.html).toContain('Ünïcode &amp; &lt;b&gt;markup&lt;/b&gt;')
    expect(mail.html).toContain(
      'href="http://x.test/reset-password/secret-reset-token-0123456789?b=1&amp;c=2"',
    )
    // No tracking: no images, no remote resources.
    expect(mail.html).not.toMatch(/<img|<link|src=/i)
    // The link reached its recipient alone: staff reading the outbox see the delivery, not the body.
    const kept = await db.outboxMessage.findMany({ where: { to: 'official@city.gov' } })
    expect(kept).toEqual([
      expect.objectContaining({ subject: 'Grüße from the site', transport: 'smtp', text: '', html: '' }),
    ])
    expect(JSON.stringify(kept)).not.toContain('secret-reset-token')
  })

  it('a delivery the mail server refuses is kept as failed, with the reason and no body', async () => {
    const refusing = await startSmtpServer(0, { refuseRecipients: true })
    try {
      const sendMail = await freshSendMail(refusing.url)
      const failed = await emailsCounted({ transport: 'smtp', result: 'failed' })
      await expect(
        sendMail({
          to: 'refused@city.gov',
          subject: 'Sign in',
          text: 'http://x.test/t/secret-token-4',
          html: '',
        }),
      ).rejects.toThrow()
      expect(await emailsCounted({ transport: 'smtp', result: 'failed' })).toBe(failed + 1)
      const kept = await db.outboxMessage.findFirstOrThrow({ where: { to: 'refused@city.gov' } })
      expect(kept).toMatchObject({ subject: 'Sign in', transport: 'smtp-failed', text: '', html: '' })
      expect(kept.error).toMatch(/^EENVELOPE, SMTP 550: .*Mailbox unavailable/)
      expect(JSON.stringify(kept)).not.toContain('secret-token')
    } finally {
      await refusing.close()
    }
  })

  it('a message the server refuses after reading it: the outbox shows its reply, without the link it quotes', async () => {
    const quoted = 'http://x.test/reset-password/q7Xk2mR9vL4pW8sN3tY6zB1cD5fG0hJ'
    const refusing = await startSmtpServer(0, {
      refuseMessage: `5.7.1 Message rejected as spam\u0007 (found ${quoted})`,
    })
    try {
      const sendMail = await freshSendMail(refusing.url)
      await expect(
        sendMail({ to: 'filtered@city.gov', subject: 'Reset your password', text: quoted, html: '' }),
      ).rejects.toThrow()
      const admin = await staffUser(db, 'ADMIN')
      signInAs(admin)
      const { listOutboxMessages } = await import('@/server/outbox/list-outbox-messages')
      const { getOutboxMessage } = await import('@/server/outbox/get-outbox-message')
      const listed = (await listOutboxMessages()).messages.find((m) => m.to === 'filtered@city.gov')
      expect(listed).toMatchObject({
        status: 'failed',
        error: expect.stringMatching(/^EMESSAGE, SMTP 554: /),
      })
      const shown = await getOutboxMessage({ id: listed!.id })
      expect(shown).toMatchObject({ status: 'failed', text: null, error: listed!.error })
      expect(shown.error).toContain('5.7.1 Message rejected as spam')
      expect(shown.error).toContain('[hidden]')
      expect(shown.error).not.toContain('q7Xk2mR9vL4pW8sN3tY6zB1cD5fG0hJ')
      expect(shown.error).not.toMatch(/\p{Cc}/u)
      const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: listed!.id } })
      expect(row).toMatchObject({ text: '', html: '' })
    } finally {
      signInAs(null)
      await refusing.close()
    }
  })

  it('in demo mode keeps the message in the outbox and logs where staff read it, never its links', async () => {
    const logs = captureLogs()
    try {
      const sendMail = await freshSendMail(undefined)
      const before = smtp.messages.length
      const outboxed = await emailsCounted({ transport: 'outbox', result: 'sent' })
      await sendMail({
        to: 'demo@city.gov',
        subject: 'Hello',
        text: 'Open http://localhost:3000/pledge/confirm/abc123token',
        html: '<p>x</p>',
      })
      expect(smtp.messages.length).toBe(before)
      expect(await emailsCounted({ transport: 'outbox', result: 'sent' })).toBe(outboxed + 1)
      const kept = await db.outboxMessage.findFirstOrThrow({
        where: { to: 'demo@city.gov', transport: 'outbox' },
      })
      expect(logs.lines).toContainEqual(
        expect.objectContaining({
          component: 'mail',
          outboxMessageId: kept.id,
          msg: expect.stringContaining(`/admin/outbox/${kept.id}`),
        }),
      )
      expect(logs.text).not.toContain('abc123token')
    } finally {
      logs.restore()
    }
  })
})
