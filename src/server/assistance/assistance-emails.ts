import 'server-only'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'
import { siteSettings } from '@/lib/site'
import { logger } from '@/server/log'
import { ASSISTANCE_TOPICS, type AssistanceTopic } from '@/lib/domain/assistance'
import { documentLabel, formatFileSize } from '@/lib/documents'

const log = logger('assistance')

/**
 * Emails staff's answer to the official who asked, with a link to the thread in the portal (where they reply).
 * A failed delivery is logged and kept in the outbox; the answer stays on the thread either way.
 */
export async function sendAssistanceAnswerEmail(ctx: {
  to: { email: string; name: string | null }
  municipalityName: string
  slug: string
  requestId: string
  topic: AssistanceTopic
  answer: string
  attachment?: { filename: string; contentType: string; size: number } | null
}) {
  const { siteUrl } = siteSettings()
  const { text, html } = renderEmail({
    greeting: ctx.to.name ? `Dear ${ctx.to.name},` : 'Hello,',
    paragraphs: [
      `Our staff have answered your request for help (${ASSISTANCE_TOPICS[ctx.topic].toLowerCase()}) for ${ctx.municipalityName}:`,
      ctx.answer,
      ...(ctx.attachment
        ? [
            `They attached a file: ${ctx.attachment.filename} (${documentLabel(ctx.attachment.contentType)}, ${formatFileSize(ctx.attachment.size)}). Download it from the conversation in the portal.`,
          ]
        : []),
      'You can reply, or read the whole conversation, in the portal.',
    ],
    actions: [{ label: 'Open the conversation', url: `${siteUrl}/portal/${ctx.slug}/help/${ctx.requestId}` }],
    footnote: `You receive this email because you asked the network for help as an official of ${ctx.municipalityName}.`,
  })
  await sendMail({
    to: ctx.to.email,
    subject: `Your request for help: an answer from our staff`,
    text,
    html,
  }).catch((e) => log.error({ err: e }, 'assistance answer email failed'))
}
