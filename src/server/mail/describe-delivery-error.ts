import { cleanName } from '@/lib/text'

/** The longest delivery error kept: an SMTP reply line or two, never a whole transcript. */
export const DELIVERY_ERROR_MAX_LENGTH = 300

// Long runs of letters and digits read like tokens or keys (a reply may quote the message or a URL): hidden.
const TOKEN_LIKE = /[A-Za-z0-9_-]{20,}/g

function credentials(smtpUrl: string | undefined): string[] {
  if (!smtpUrl) return []
  try {
    const { username, password } = new URL(smtpUrl)
    return [username, password]
      .flatMap((part) => [part, decodeURIComponent(part)])
      .filter((part) => part.length >= 3)
  } catch {
    return []
  }
}

/**
 * Why a delivery failed, for staff reading the outbox: nodemailer's code and the mail server's reply (its
 * status and text), one line, without control characters, the SMTP credentials or anything token-like,
 * at most DELIVERY_ERROR_MAX_LENGTH characters.
 */
export function describeDeliveryError(e: unknown, { smtpUrl }: { smtpUrl?: string } = {}): string {
  const { code, responseCode, response, message } = (e ?? {}) as Record<string, unknown>
  const head = [typeof code === 'string' ? code : 'ERROR']
  if (typeof responseCode === 'number') head.push(`SMTP ${responseCode}`)
  const reply = typeof response === 'string' ? response : typeof message === 'string' ? message : ''
  let text = cleanName(reply.replace(/[\p{Cc}\s]+/gu, ' '))
  for (const secret of credentials(smtpUrl)) text = text.split(secret).join('[hidden]')
  text = text.replace(TOKEN_LIKE, '[hidden]').trim()
  const line = `${head.join(', ')}${text ? `: ${text}` : ''}`
  return line.length > DELIVERY_ERROR_MAX_LENGTH ? `${line.slice(0, DELIVERY_ERROR_MAX_LENGTH - 1)}…` : line
}
