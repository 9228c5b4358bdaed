import 'server-only'
import type { Db } from '@/server/db'
import { hashToken, isWellFormedToken } from '@/server/tokens/hash-token'

type Client = Pick<Db, 'emailToken' | 'municipalityOfficial'>

/** Who answers by a link: a confirmed official (their account), or the signatory of an approved pledge. */
export type Answerer =
  | { kind: 'official'; userId: string; pledgeId: null; name: string | null; email: string }
  | { kind: 'signatory'; userId: null; pledgeId: string; name: string; email: string }

/**
 * An answer link's token with its introduction and who may answer by it, or null (as an unknown token):
 * - sent to an official: while they are still a confirmed, active official of the municipality asked (a link
 *   forwarded out of the municipality, or kept by someone who left it, answers for nobody);
 * - sent to the signatory of an approved pledge (the place had no confirmed official, decision 0021): while that
 *   pledge is still approved (not withdrawn) and the place still has no confirmed official; once it has one, its
 *   officials answer (`npm run reminders` sends them their own links).
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
      pledge: {
        select: { id: true, status: true, municipalityId: true, signatoryName: true, email: true },
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
  if (row?.purpose !== 'ANSWER_INTRODUCTION' || !row.introduction) return null
  const { introduction, user, pledge } = row
  let answerer: Answerer
  if (user) {
    if (!user.active) return null
    if (!user.officialOf.some((o) => o.municipalityId === introduction.toMunicipalityId)) return null
    answerer = { kind: 'official', userId: user.id, pledgeId: null, name: user.name, email: user.email }
  } else if (pledge) {
    if (pledge.status !== 'APPROVED' || pledge.municipalityId !== introduction.toMunicipalityId) return null
    const official = await client.municipalityOfficial.findFirst({
      where: { municipalityId: introduction.toMunicipalityId, confirmed: true, user: { active: true } },
      select: { userId: true },
    })
    if (official) return null
    answerer = {
      kind: 'signatory',
      userId: null,
      pledgeId: pledge.id,
      name: pledge.signatoryName,
      email: pledge.email,
    }
  } else return null
  return { tokenHash: row.tokenHash, usedAt: row.usedAt, expiresAt: row.expiresAt, introduction, answerer }
}
