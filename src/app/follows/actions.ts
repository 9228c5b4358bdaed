'use server'

import { headers } from 'next/headers'
import { anyone, buttonAction, formAction, formText, missingPage } from '@/server/action'
import { followSchema, type FollowState, type FollowValues } from '@/schemas/follows'
import { requestFollow } from '@/server/follows/request-follow'
import { confirmFollow } from '@/server/follows/confirm-follow'
import { unfollowPlace } from '@/server/follows/unfollow-place'
import { unsubscribeFollower } from '@/server/follows/unsubscribe-follower'
import { clientIp } from '@/server/rate-limit/client-ip'
import { consumeRateLimit } from '@/server/rate-limit/consume-rate-limit'
import { normalizeEmail } from '@/lib/text'

/**
 * Follow the place named by the form's hidden `place` (its slug) by email. The answer is "check your inbox"
 * whether the address is new, pending or already following (decision 0023: no enumeration); a bot that fills
 * the hidden `website` field gets the same answer and nothing is saved or sent.
 */
export const followPlaceAction = formAction({
  guard: anyone,
  read: (form): FollowValues => ({ email: formText(form, 'email', 320).trim() }),
  schema: followSchema,
  run: async ({ data, values, form }): Promise<FollowState> => {
    const ip = clientIp(await headers())
    await consumeRateLimit('follow:ip', ip)
    await consumeRateLimit('follow:email', normalizeEmail(data.email))
    if (formText(form, 'website', 200)) return { values, fieldErrors: {}, sent: true }
    await requestFollow({ slug: formText(form, 'place', 200), email: data.email })
    return { values, fieldErrors: {}, sent: true }
  },
  refused: (e) => missingPage(e),
})

/** The confirm link's button: spends the single-use token and says what it came to. */
export const confirmFollowAction = buttonAction({
  guard: anyone,
  read: (form) => ({ token: formText(form, 'token', 100) }),
  invalid: () => '/follows/confirmed?state=invalid',
  run: async ({ data }) => {
    const result = await confirmFollow({ token: data.token })
    return result.state === 'confirmed'
      ? `/follows/confirmed?place=${encodeURIComponent(result.place.slug)}`
      : `/follows/confirmed?state=${result.state}`
  },
})

/** The manage page's button for one place; back to the page, or to "unsubscribed" after the last one. */
export const unfollowPlaceAction = buttonAction({
  guard: anyone,
  read: (form) => ({ token: formText(form, 'token', 100), follow: formText(form, 'follow', 100) }),
  invalid: () => '/follows/unsubscribed',
  run: async ({ data }) => {
    const result = await unfollowPlace({ token: data.token, followId: data.follow })
    if (result.state === 'unfollowed' && result.remaining > 0)
      return `/follows/manage/${encodeURIComponent(data.token)}?unfollowed=1`
    return '/follows/unsubscribed'
  },
})

/** The manage page's "unfollow every place": the follower and everything about it is deleted. */
export const unfollowAllAction = buttonAction({
  guard: anyone,
  read: (form) => ({ token: formText(form, 'token', 100) }),
  invalid: () => '/follows/unsubscribed',
  run: async ({ data }) => {
    await unsubscribeFollower({ token: data.token, purpose: 'FOLLOW_MANAGE' })
    return '/follows/unsubscribed'
  },
})
