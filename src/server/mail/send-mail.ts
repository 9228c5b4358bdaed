import 'server-only'
import nodemailer, { type Transporter } from 'nodemailer'
import { db } from '@/server/db'
import { env } from '@/lib/env'

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
 * Sends one email: by SMTP when SMTP_URL is set, otherwise (demo mode) it is only kept in the outbox
 * and announced in the server log. Either way a copy is kept in OutboxMessage for staff.
 */
export async function sendMail({ to, subject, text, html }: MailMessage): Promise<MailResult> {
  const { SMTP_URL, MAIL_FROM } = env()
  const transport = SMTP_URL ? 'smtp' : 'outbox'
  if (SMTP_URL) {
    await smtpTransport(SMTP_URL).sendMail({ from: MAIL_FROM, to, subject, text, html })
  } else {
    // In demo mode the log is how a reader follows the links, so it shows them and nothing else.
    const links = text.match(/https?:\/\/\S+/g) ?? []
    console.info(
      `[mail:outbox] to=${to} subject=${JSON.stringify(subject)}${links.map((l) => `\n  ${l}`).join('')}`,
    )
  }
  await db.outboxMessage.create({ data: { to, subject, text, html, transport } })
  return { transport }
}
