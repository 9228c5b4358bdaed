import 'server-only'
import nodemailer, { type Transporter } from 'nodemailer'
import { db } from '@/server/db'
import { env } from '@/lib/env'
import { logger } from '@/server/log'

const log = logger('mail')

export type MailMessage = { to: string; subject: string; text: string; html: string }
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
 * Sends one email: by SMTP when SMTP_URL is set, otherwise (demo mode) it is only kept in the outbox.
 * Either way a copy is kept in OutboxMessage for staff (/admin/outbox). The log names the message, never
 * its links: they hold single-use tokens.
 */
export async function sendMail({ to, subject, text, html }: MailMessage): Promise<MailResult> {
  const { SMTP_URL, MAIL_FROM } = env()
  const transport = SMTP_URL ? 'smtp' : 'outbox'
  if (SMTP_URL) {
    await smtpTransport(SMTP_URL).sendMail({ from: MAIL_FROM, to, subject, text, html })
  }
  const { id } = await db.outboxMessage.create({
    data: { to, subject, text, html, transport },
    select: { id: true },
  })
  log.info(
    { outboxMessageId: id, transport },
    transport === 'smtp' ? 'email sent' : `email kept in the outbox: /admin/outbox/${id}`,
  )
  return { transport }
}
