import 'server-only'
import { db } from '@/server/db'
import { tokenState } from '@/server/tokens/find-email-token'
import { findAnswerToken } from './find-answer-token'

export type AnswerView =
  | {
      state: 'valid'
      from: { name: string; state: string }
      to: { name: string; state: string }
      requesterName: string | null
      solution: { title: string; slug: string } | null
      message: string
      answerBy: Date
    }
  | { state: 'invalid' | 'answered' | 'expired' }

/**
 * What an emailed answer link is worth, for its page: the request to answer, or why it cannot be. It changes
 * nothing (mail scanners open links); the requester's name is shown, never their address.
 */
export async function getAnswerView({
  token,
  now = new Date(),
}: {
  token: string
  now?: Date
}): Promise<AnswerView> {
  const row = await findAnswerToken(db, token)
  if (!row) return { state: 'invalid' }
  const { introduction: i } = row
  // A closed request says why, whether or not this link was the one spent.
  if (i.status === 'EXPIRED') return { state: 'expired' }
  if (i.status !== 'REQUESTED') return { state: 'answered' }
  const state = tokenState(row, now)
  if (state !== 'valid') return { state: state === 'used' ? 'answered' : 'expired' }
  return {
    state: 'valid',
    from: i.fromMunicipality,
    to: i.toMunicipality,
    requesterName: i.requester.name,
    solution: i.solution,
    message: i.message,
    answerBy: row.expiresAt,
  }
}
