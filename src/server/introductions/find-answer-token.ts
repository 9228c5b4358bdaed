import 'server-only'
import type { Db } from '@/server/db'
import { hashToken, isWellFormedToken } from '@/server/tokens/hash-token'

type Client = Pick<Db, 'emailToken'>

/**
 * An answer link's token with its introduction, when the official it was sent to is still a confirmed, active
 * official of the municipality asked (else null, as an unknown token): a link forwarded out of the municipality,
 * or kept by someone who left it, answers for nobody.
 */
export async function findAnswerToken(client: Client, token: string) {
  if (!isWellFormedToken(token)) return null
  const row = await client.emailToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      tokenHash: true,
      purpose: true,
      usedAt: true,
      expiresAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          active: true,
          officialOf: { where: { confirmed: true }, select: { municipalityId: true } },
        },
      },
      introduction: {
        select: {
          id: true,
          status: true,
          message: true,
          createdAt: true,
          toMunicipalityId: true,
          requester: { select: { id: true, email: true, name: true } },
          fromMunicipality: { select: { name: true, state: true } },
          toMunicipality: { select: { name: true, state: true } },
          solution: { select: { title: true, slug: true } },
        },
      },
    },
  })
  if (row?.purpose !== 'ANSWER_INTRODUCTION' || !row.introduction || !row.user?.active) return null
  const { introduction, user } = row
  if (!user.officialOf.some((o) => o.municipalityId === introduction.toMunicipalityId)) return null
  return { ...row, introduction, user }
}
