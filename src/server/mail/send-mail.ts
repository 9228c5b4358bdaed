import 'server-only'
import nodemailer, { type Transporter } from 'nodemailer'
import { db } from '@/server/db'
import { env } from '@/lib/env'
import { logger } from '@/server/log'
import { countEmail } from '@/lib/metrics/metrics.mjs'
import { describeDeliveryError } from './describe-delivery-error'

const log = logger('mail')

/** A file sent with the message (an event's .ics); the outbox records only the message, not its files. */
export type MailAttachment = { filename: string; content: string; contentType: string }
export type MailMessage = {
  to: string
  subject: string
  text: string
  html: string
  attachments?: MailAttachment[]
  /** Extra header fields (List-Unsubscribe on follow emails); the outbox does not keep them. */
  headers?: Record<string, string>
}
export type MailResult = { transport: 'smtp' | 'outbox' }

let transporter: Transporter | undefined
let transporterUrl: string | undefined

function smtpTransport(url: string): Transporter {
  // Re-created only when the URL changes (tests point it at their own server).
  if (!transporter || transporterUrl !== url) {
    transporter = nodemailer.createTransport(url)
    transporterUrl = url
  }
  return transporter
}

/**
 * Sends one email. With SMTP_URL set it goes by SMTP and the outbox keeps delivery metadata only (recipient,
 * subject, status, time, error): the body holds single-use links that only the recipient may read. Without
 * SMTP_URL (demo mode, DEMO_MODE=true in production) the outbox is the delivery and keeps the whole message
 * for admins. The log names the message, never its links.
 */
export async function sendMail({
  to,
  subject,
  text,
  html,
  attachments,
  headers,
}: MailMessage): Promise<MailResult> {
  const { SMTP_URL, MAIL_FROM } = env()
  if (!SMTP_URL) {
    const { id } = await db.outboxMessage.create({
      data: { to, subject, text, html, transport: 'outbox' },
      select: { id: true },
    })
    log.info({ outboxMessageId: id, transport: 'outbox' }, `email kept in the outbox: /admin/outbox/${id}`)
    countEmail({ transport: 'outbox', result: 'sent' })
    return { transport: 'outbox' }
  }
  try {
    await smtpTransport(SMTP_URL).sendMail({ from: MAIL_FROM, to, subject, text, html, attachments, headers })
  } catch (e) {
    countEmail({ transport: 'smtp', result: 'failed' })
    const { id } = await db.outboxMessage.create({
      data: {
        to,
        subject,
        text: '',
        html: '',
        transport: 'smtp-failed',
        error: describeDeliveryError(e, { smtpUrl: SMTP_URL }),
      },
      select: { id: true },
    })
    log.warn({ outboxMessageId: id, transport: 'smtp' }, 'email not sent')
    throw e
  }
  const { id } = await db.outboxMessage.create({
    data: { to, subject, text: '', html: '', transport: 'smtp' },
    select: { id: true },
  })
  log.info({ outboxMessageId: id, transport: 'smtp' }, 'email sent')
  countEmail({ transport: 'smtp', result: 'sent' })
  return { transport: 'smtp' }
}
