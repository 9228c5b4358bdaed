import 'server-only'
import { formatDate } from '@/lib/format'
import { renderEmail } from '@/server/mail/render-email'
import { sendMail } from '@/server/mail/send-mail'
import { followUrl, type FollowLinks } from './follow-links'

/**
 * RFC 8058 one-click unsubscribe: a mail provider's "Unsubscribe" button POSTs
 * `List-Unsubscribe=One-Click` to the link, which unsubscribes without a page (src/proxy.ts routes it).
 */
export function unsubscribeHeaders(links: FollowLinks): Record<string, string> {
  return {
    'List-Unsubscribe': `<${links.unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  }
}

const FOOTNOTE =
  'You receive this email because this address asked to follow a place on our site. We keep only your email address and the places it follows.'

function manageActions(links: FollowLinks) {
  return [
    { label: 'Manage the places you follow', url: links.manageUrl },
    { label: 'Unsubscribe from every place', url: links.unsubscribeUrl },
  ]
}

type Place = { name: string; slug: string }

/** The double opt-in email: nothing is sent about the place until its link's button is pressed. */
export function sendConfirmFollowEmail({
  to,
  place,
  token,
  links,
}: {
  to: string
  place: Place
  token: string
  links: FollowLinks
}) {
  const { text, html } = renderEmail({
    paragraphs: [
      `Someone (probably you) asked to follow ${place.name} with this address. Confirm with the link below and we will email you, at most once a day, when ${place.name} signs or withdraws a pledge, has a report verified, sets a target, earns a badge or misses a deadline.`,
      'The link works once, for 7 days. If you did not ask for this, ignore this email: nothing happens.',
    ],
    actions: [
      { label: `Confirm: follow ${place.name}`, url: followUrl(`/follows/confirm/${token}`) },
      ...manageActions(links),
    ],
    footnote: FOOTNOTE,
  })
  return sendMail({
    to,
    subject: `Confirm you want to follow ${place.name}`,
    text,
    html,
    headers: unsubscribeHeaders(links),
  })
}

/** The answer to a repeat request: the address's owner learns it already follows; the form said the same. */
export function sendAlreadyFollowingEmail({
  to,
  place,
  links,
}: {
  to: string
  place: Place
  links: FollowLinks
}) {
  const { text, html } = renderEmail({
    paragraphs: [
      `Someone (probably you) asked to follow ${place.name} with this address. You already follow it: nothing has changed.`,
    ],
    actions: [
      { label: `See ${place.name}`, url: followUrl(`/members/${place.slug}`) },
      ...manageActions(links),
    ],
    footnote: FOOTNOTE,
  })
  return sendMail({
    to,
    subject: `You already follow ${place.name}`,
    text,
    html,
    headers: unsubscribeHeaders(links),
  })
}

export type DigestPlace = Place & { items: { summary: string; happenedAt: Date }[] }

/** One digest: what happened at each followed place since the last one, oldest first. */
export function sendFollowDigestEmail({
  to,
  places,
  links,
  now,
}: {
  to: string
  places: DigestPlace[]
  links: FollowLinks
  now: Date
}) {
  const paragraphs = places.flatMap((p) => [
    `${p.name}:`,
    ...p.items.map((i) => `${formatDate(i.happenedAt)}: ${p.name} ${i.summary}.`),
  ])
  const { text, html } = renderEmail({
    paragraphs: ['News from the places you follow.', ...paragraphs],
    actions: [
      ...places.map((p) => ({ label: `See ${p.name}`, url: followUrl(`/members/${p.slug}`) })),
      ...manageActions(links),
    ],
    footnote: FOOTNOTE,
  })
  const subject =
    places.length === 1
      ? `News from ${places[0]!.name}, ${formatDate(now)}`
      : `News from ${places.length} places you follow, ${formatDate(now)}`
  return sendMail({ to, subject, text, html, headers: unsubscribeHeaders(links) })
}
