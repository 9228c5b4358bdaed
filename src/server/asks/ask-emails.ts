import 'server-only'
import { siteSettings } from '@/lib/site'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'

export type AskPlace = { name: string; state: string; slug: string }
export type AskCampaign = { name: string; shortName: string; slug: string }

const link = (path: string) => `${siteSettings().siteUrl}${path}`
export const askPath = (placeSlug: string, campaignSlug: string) => `/asks/${placeSlug}/${campaignSlug}`
const title = (place: AskPlace, campaign: AskCampaign) =>
  `Ask ${place.name}, ${place.state} to join ${campaign.shortName}`

/**
 * The email a signature's form sends: a confirmation link while it waits, or "you have already signed" for
 * a confirmed one. The form says "check your inbox" in both cases: only the address's owner learns which.
 */
export function sendAskEmail({
  kind,
  to,
  name,
  place,
  campaign,
  confirmToken,
}: {
  kind: 'confirm' | 'already-signed'
  to: string
  name: string
  place: AskPlace
  campaign: AskCampaign
  confirmToken?: string
}) {
  const petition = title(place, campaign)
  const { text, html } = renderEmail({
    greeting: `Dear ${name},`,
    paragraphs:
      kind === 'confirm'
        ? [
            `Thank you for signing “${petition}”. Please confirm your signature: it counts once you do.`,
            'The link works once, for 7 days. If you did not sign, ignore this email and nothing is counted.',
          ]
        : [
            `Someone (probably you) tried to sign “${petition}” again with this address. Your signature is already counted: nothing has changed.`,
          ],
    actions: [
      ...(kind === 'confirm' && confirmToken
        ? [{ label: 'Confirm your signature', url: link(`/asks/confirm/${confirmToken}`) }]
        : []),
      { label: 'See the petition', url: link(askPath(place.slug, campaign.slug)) },
    ],
    footnote: 'You receive this email because this address was used to sign a petition on our site.',
  })
  return sendMail({
    to,
    subject:
      kind === 'confirm' ? `Confirm your signature: ${petition}` : `You have already signed: ${petition}`,
    text,
    html,
  })
}

/** To staff: a place's ask reached a threshold; the letter to send the council is in the email. */
export function sendThresholdEmail({
  to,
  threshold,
  place,
  campaign,
  letter,
}: {
  to: string
  threshold: number
  place: AskPlace
  campaign: AskCampaign
  letter: { subject: string; body: string }
}) {
  const { text, html } = renderEmail({
    paragraphs: [
      `${title(place, campaign)} has reached ${threshold} confirmed signatures.`,
      'Here is a letter to send the council (check it, then send it from the network’s address):',
      `Subject: ${letter.subject}`,
      ...letter.body.split('\n\n'),
    ],
    actions: [{ label: 'See the petition', url: link(askPath(place.slug, campaign.slug)) }],
    footnote: 'You receive this email as a member of staff who moderates residents’ asks.',
  })
  return sendMail({
    to,
    subject: `${threshold} residents ask ${place.name}, ${place.state} to join ${campaign.shortName}`,
    text,
    html,
  })
}

/** To a signer: the place they asked has signed the campaign. */
export function sendPlaceSignedEmail({
  to,
  name,
  place,
  campaign,
  isMember,
}: {
  to: string
  name: string
  place: AskPlace
  campaign: AskCampaign
  isMember: boolean
}) {
  const { text, html } = renderEmail({
    greeting: `Dear ${name},`,
    paragraphs: [
      `Good news: ${place.name}, ${place.state} has signed ${campaign.name}. You asked it to join, and it has.`,
      'Thank you for adding your name. This is the only email we send you about this petition.',
    ],
    actions: isMember
      ? [{ label: `See the profile of ${place.name}`, url: link(`/members/${place.slug}`) }]
      : [],
    footnote: 'You receive this email because you signed a petition asking this place to join the campaign.',
  })
  return sendMail({ to, subject: `${place.name} has signed ${campaign.shortName}`, text, html })
}
