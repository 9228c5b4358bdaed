// A real SMTP server for tests: it accepts every message and keeps it, parsed, for assertions.
// mailparser is not installed, so a minimal MIME parser covers what nodemailer sends (multipart,
// quoted-printable, base64, RFC 2047 headers).
import { SMTPServer } from 'smtp-server'

export type CapturedMail = {
  from: string
  to: string[]
  subject: string
  text: string
  html: string
  raw: string
}

export type TestSmtpServer = {
  port: number
  url: string
  messages: CapturedMail[]
  /** Resolves with the first message (already received or still to come) that matches. */
  waitFor: (match: (m: CapturedMail) => boolean, timeoutMs?: number) => Promise<CapturedMail>
  close: () => Promise<void>
}

/**
 * refuseRecipients: answer every RCPT TO with 550, as a mail server refusing delivery does. refuseMessage:
 * take the message, then refuse it with 554 and this reply, as a content filter does.
 */
export async function startSmtpServer(
  port = 0,
  { refuseRecipients = false, refuseMessage }: { refuseRecipients?: boolean; refuseMessage?: string } = {},
): Promise<TestSmtpServer> {
  const messages: CapturedMail[] = []
  const waiters: { match: (m: CapturedMail) => boolean; resolve: (m: CapturedMail) => void }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!refuseRecipients) return callback()
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        if (refuseMessage) return callback(Object.assign(new Error(refuseMessage), { responseCode: 554 }))
        const raw = Buffer.concat(chunks).toString('utf8')
        const mail = { ...parseMessage(raw), to: session.envelope.rcptTo.map((r) => r.address), raw }
        messages.push(mail)
        for (const w of [...waiters]) {
          if (w.match(mail)) {
            waiters.splice(waiters.indexOf(w), 1)
            w.resolve(mail)
          }
        }
        callback()
      })
    },
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const actualPort = (server.server.address() as { port: number }).port
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    messages,
    waitFor(match, timeoutMs = 15_000) {
      const found = messages.find(match)
      if (found) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no matching email arrived')), timeoutMs)
        waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) })
      })
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

type Part = { headers: Map<string, string>; body: string }

function splitPart(raw: string): Part {
  const at = raw.search(/\r?\n\r?\n/)
  const head = at === -1 ? raw : raw.slice(0, at)
  const body = at === -1 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '')
  const headers = new Map<string, string>()
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':')
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim())
  }
  return { headers, body }
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase()
  if (encoding === 'base64') return Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8')
  if (encoding === 'quoted-printable') {
    const soft = part.body.replace(/=\r?\n/g, '')
    const bytes = soft.replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    return Buffer.from(bytes, 'latin1').toString('utf8')
  }
  return part.body
}

function decodeHeader(value: string): string {
  return value.replace(
    /=\?([^?]+)\?([bq])\?([^?]*)\?=\s*/gi,
    (_, _charset: string, enc: string, text: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
  )
}

function collect(part: Part, out: { text: string; html: string }) {
  const type = part.headers.get('content-type') ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1]
  if (type.toLowerCase().startsWith('multipart/') && boundary) {
    const sections = part.body.split(`--${boundary}`).slice(1)
    for (const s of sections) {
      if (s.startsWith('--')) break
      collect(splitPart(s.replace(/^\r?\n/, '')), out)
    }
  } else if (type.toLowerCase().startsWith('text/html')) out.html += decodeBody(part)
  else if (type.toLowerCase().startsWith('text/plain')) out.text += decodeBody(part)
}

export function parseMessage(raw: string): Omit<CapturedMail, 'to' | 'raw'> {
  const top = splitPart(raw)
  const out = { text: '', html: '' }
  collect(top, out)
  return {
    from: decodeHeader(top.headers.get('from') ?? ''),
    subject: decodeHeader(top.headers.get('subject') ?? ''),
    ...out,
  }
}
