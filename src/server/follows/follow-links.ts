import 'server-only'
import type { Db } from '@/server/db'
import { siteSettings } from '@/lib/site'
import { createToken, hashToken } from '@/server/tokens/hash-token'

type Client = Pick<Db, 'emailToken'>

const DAY_MS = 24 * 60 * 60 * 1000
/** A confirm link works once, for a week. */
export const CONFIRM_FOLLOW_DAYS = 7
/** Unsubscribe and manage links keep working for a year (an old email must still unsubscribe). */
export const FOLLOW_LINK_DAYS = 365

export type FollowLinks = { unsubscribeUrl: string; manageUrl: string }

/** The site's address of a follow page. */
export const followUrl = (path: string) => `${siteSettings().siteUrl}${path}`

/**
 * Fresh unsubscribe and manage links for one email to a follower: only the hashes are stored, the secrets go
 * into that email. Neither is spent by use: unsubscribing twice, or managing follows several times, is fine.
 */
export async function issueFollowLinks(
  client: Client,
  { followerId, now = new Date() }: { followerId: string; now?: Date },
): Promise<FollowLinks> {
  const unsubscribe = createToken()
  const manage = createToken()
  const expiresAt = new Date(now.getTime() + FOLLOW_LINK_DAYS * DAY_MS)
  await client.emailToken.createMany({
    data: [
      { tokenHash: hashToken(unsubscribe), purpose: 'FOLLOW_UNSUBSCRIBE', followerId, expiresAt },
      { tokenHash: hashToken(manage), purpose: 'FOLLOW_MANAGE', followerId, expiresAt },
    ],
  })
  return {
    unsubscribeUrl: followUrl(`/follows/unsubscribe/${unsubscribe}`),
    manageUrl: followUrl(`/follows/manage/${manage}`),
  }
}

/** A single-use confirm link for one pending follow, valid for CONFIRM_FOLLOW_DAYS. */
export async function issueConfirmFollowToken(
  client: Client,
  { followId, now = new Date() }: { followId: string; now?: Date },
): Promise<string> {
  const token = createToken()
  await client.emailToken.create({
    data: {
      tokenHash: hashToken(token),
      purpose: 'CONFIRM_FOLLOW',
      followId,
      expiresAt: new Date(now.getTime() + CONFIRM_FOLLOW_DAYS * DAY_MS),
    },
  })
  return token
}
