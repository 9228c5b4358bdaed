// Factories for pledge tests, named by the state they create.
import { randomBytes } from 'node:crypto'
import { db, uniqueSlug } from '../../helpers/db'
import type { PledgeSubmissionInput } from '@/schemas/pledge'

export async function campaignWithText() {
  const slug = uniqueSlug('campaign')
  const campaign = await db.campaign.create({
    data: {
      slug,
      name: `Campaign ${slug}`,
      shortName: slug,
      tagline: 'A test campaign',
      hasCompliancePath: true,
      pledgeTexts: {
        create: [
          {
            version: 1,
            title: 'Old text',
            preamble: 'Old',
            publishedAt: new Date('2020-01-01'),
            commitments: { create: [{ position: 1, text: 'Old commitment' }] },
          },
          {
            version: 2,
            title: 'Current text',
            preamble: 'We commit.',
            publishedAt: new Date('2024-01-01'),
            commitments: {
              create: [
                { position: 1, text: 'Prepare' },
                { position: 2, text: 'Cooperate' },
              ],
            },
          },
        ],
      },
    },
    include: {
      pledgeTexts: { where: { version: 2 }, include: { commitments: { orderBy: { position: 'asc' } } } },
    },
  })
  const text = campaign.pledgeTexts[0]!
  return { campaign, text, commitmentIds: text.commitments.map((c) => c.id) }
}

export async function referencePlace(name = `Springfield ${randomBytes(3).toString('hex')}`, state = 'IL') {
  return db.municipality.create({
    data: { name, searchName: name.toLowerCase(), state, slug: uniqueSlug('place'), population: 50_000 },
  })
}

export async function staffUser(role: 'ADMIN' | 'MODERATOR' | 'EDITOR' = 'MODERATOR', active = true) {
  return db.user.create({ data: { email: `${uniqueSlug(role.toLowerCase())}@example.org`, role, active } })
}

export function validSubmission(
  ctx: Awaited<ReturnType<typeof campaignWithText>>,
  municipalityId: string,
  email = `mayor-${randomBytes(4).toString('hex')}@city.gov`,
): PledgeSubmissionInput {
  return {
    campaign: ctx.campaign.slug,
    municipality: { kind: 'existing', id: municipalityId },
    signatory: {
      signatoryName: 'Jane Mayor',
      signatoryTitle: 'Mayor',
      email,
      phone: '555 010 0199',
      mandateType: 'LETTER',
    },
    pledgeTextId: ctx.text.id,
    agreed: ctx.commitmentIds,
  }
}

let ipCounter = 0
/** A fresh client address per call, so the per-IP limit only bites in the tests about it. */
export function nextIp() {
  ipCounter += 1
  return `10.${(ipCounter >> 16) & 255}.${(ipCounter >> 8) & 255}.${ipCounter & 255}`
}

/** The token in the newest email to an address: the link the signatory would follow. */
export async function tokenFromOutbox(to: string, kind: 'confirm' | 'withdraw') {
  const messages = await db.outboxMessage.findMany({ where: { to }, orderBy: { createdAt: 'desc' } })
  for (const m of messages) {
    const match = m.text.match(new RegExp(`/pledge/${kind}/([A-Za-z0-9_-]{43})`))
    if (match) return match[1]!
  }
  throw new Error(`no ${kind} link in mail to ${to}`)
}
