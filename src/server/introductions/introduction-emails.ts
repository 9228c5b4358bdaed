import 'server-only'
import { formatDate } from '@/lib/format'
import { siteSettings } from '@/lib/site'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'

export type Person = { name: string | null; email: string }
export type Place = { name: string; state: string }

const link = (path: string) => `${siteSettings().siteUrl}${path}`
const placeName = (p: Place) => `${p.name}, ${p.state}`
const dear = (p: Person) => (p.name ? `Dear ${p.name},` : 'Hello,')

/**
 * To one official of the municipality asked: who asks (their name and municipality, never their address), what
 * they want to learn, and the two single-use links. Opening a link changes nothing; its page's button answers.
 */
export function sendIntroductionRequestEmail({
  to,
  requester,
  from,
  toPlace,
  solutionTitle,
  message,
  token,
  answerBy,
}: {
  to: Person & { kind: 'official' | 'signatory'; campaign: string | null }
  requester: Person
  from: Place
  toPlace: Place
  solutionTitle: string | null
  message: string
  token: string
  answerBy: Date
}) {
  const who = `${requester.name ?? 'An official'} of ${placeName(from)}`
  const { text, html } = renderEmail({
    greeting: dear(to),
    paragraphs: [
      solutionTitle
        ? `${who} would like to be introduced to ${placeName(toPlace)} to learn from your experience with “${solutionTitle}”.`
        : `${who} would like to be introduced to ${placeName(toPlace)}.`,
      `What they would like to learn:\n${message}`,
      'We have not shared your contact details. If you accept, we email you both each other’s name, email address and municipality, and you take it from there. If you decline, we tell them kindly, without reasons.',
      to.kind === 'signatory'
        ? `The links work once, until ${formatDate(answerBy)}, while the pledge you signed stands. After that the request closes by itself.`
        : `The links work once, for you or a colleague who received this email, until ${formatDate(answerBy)}. After that the request closes by itself.`,
    ],
    actions: [
      { label: 'Accept the introduction', url: link(`/introductions/answer/${token}?choice=accept`) },
      { label: 'Decline', url: link(`/introductions/answer/${token}?choice=decline`) },
    ],
    footnote:
      to.kind === 'signatory'
        ? `You receive this email as the signatory of ${placeName(toPlace)}’s ${to.campaign ?? 'campaign'} pledge: ${toPlace.name} has no official account on our site yet, so the network asks you. You do not need to sign in to answer.`
        : `You receive this email as a confirmed official of ${placeName(toPlace)} in the member network.`,
  })
  return sendMail({
    to: to.email,
    subject: `Introduction request from ${placeName(from)}`,
    text,
    html,
  })
}

/** On accept, to each side: the other's name, email address and municipality (never shown on a page). */
export function sendIntroductionContactEmail({
  to,
  other,
  otherPlace,
  subjectPlace,
  asker,
  solutionTitle,
}: {
  to: Person
  other: Person
  otherPlace: Place
  subjectPlace: Place
  asker: boolean
  solutionTitle: string | null
}) {
  const topic = solutionTitle ? ` about “${solutionTitle}”` : ''
  const { text, html } = renderEmail({
    greeting: dear(to),
    paragraphs: [
      asker
        ? `Good news: ${placeName(otherPlace)} accepted your request for an introduction${topic}.`
        : `Thank you for accepting the introduction${topic}. Here is who asked.`,
      `Name: ${other.name ?? '(not given)'}\nEmail: ${other.email}\nMunicipality: ${placeName(otherPlace)}`,
      asker
        ? 'They have your name, email address and municipality too. Write to them directly.'
        : 'They have your name, email address and municipality too, and will write to you.',
    ],
    footnote: 'We share these details only with the two of you, by email, never on our site.',
  })
  return sendMail({ to: to.email, subject: `Introduction: ${placeName(subjectPlace)}`, text, html })
}

/** To the asker, when the request is declined or went unanswered: kind, without reasons. */
export function sendIntroductionClosedEmail({
  to,
  toPlace,
  reason,
}: {
  to: Person
  toPlace: Place
  reason: 'declined' | 'expired'
}) {
  const { text, html } = renderEmail({
    greeting: dear(to),
    paragraphs: [
      reason === 'declined'
        ? `Thank you for asking for an introduction to ${placeName(toPlace)}. They are not able to take it up at the moment.`
        : `Your request for an introduction to ${placeName(toPlace)} was not answered within 14 days, so we have closed it. Officials are often busy; it says nothing about your request.`,
      'Other members may have done something similar: the Solutions Gateway lists who implemented each solution, and who is willing to talk about it. You are welcome to ask again later, or ask the network’s staff for help from your portal.',
    ],
    actions: [{ label: 'Solutions Gateway', url: link('/solutions') }],
  })
  return sendMail({
    to: to.email,
    subject: `Your introduction request to ${placeName(toPlace)}`,
    text,
    html,
  })
}
