// Residents asking their council to join a campaign (decision 0024): the pure parts.

/** Confirmed signatures at which staff are emailed the letter to send the council, once each. */
export const ASK_THRESHOLDS = [25, 100] as const

/** The thresholds a count has reached, lowest first. */
export function thresholdsReached(count: number): number[] {
  return ASK_THRESHOLDS.filter((t) => count >= t)
}

export type AskLetterInput = {
  place: { name: string; state: string }
  campaign: { name: string; shortName: string; tagline: string }
  count: number
  comments: { name: string; comment: string }[]
  orgName: string
  askUrl: string
  /** How many approved comments the letter quotes at most. */
  maxComments?: number
}

/**
 * The letter staff send the council when an ask reaches a threshold: who asks, how many, what the campaign is,
 * and residents' approved comments in their words (only approved ones: they are public already).
 */
export function askLetter({
  place,
  campaign,
  count,
  comments,
  orgName,
  askUrl,
  maxComments = 10,
}: AskLetterInput): { subject: string; body: string } {
  const residents = count === 1 ? '1 resident' : `${count.toLocaleString('en-US')} residents`
  const quoted = comments.slice(0, maxComments)
  const body = [
    `To the Mayor and Council of ${place.name}, ${place.state},`,
    `${residents} of ${place.name} ${count === 1 ? 'has' : 'have'} asked, through ${orgName}'s website, that ${place.name} join ${campaign.name}: ${campaign.tagline}`,
    `Each signature was confirmed from the signer's own email address. The petition and its count are public at ${askUrl}.`,
    ...(quoted.length > 0
      ? [
          'In their own words:',
          ...quoted.map((c) => `"${c.comment}" (${c.name})`),
          ...(comments.length > quoted.length
            ? [`... and ${comments.length - quoted.length} more comments on the petition's page.`]
            : []),
        ]
      : []),
    `Joining takes a signed pledge from the Mayor or Council; we would be glad to explain what ${campaign.shortName} asks and how other communities have gone about it.`,
    `With our best regards,\n${orgName}`,
  ].join('\n\n')
  return {
    subject: `${residents} ${count === 1 ? 'asks' : 'ask'} ${place.name} to join ${campaign.shortName}`,
    body,
  }
}
