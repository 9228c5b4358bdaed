import type { Prisma } from '@/server/generated/sqlite/client'
import { demoId, BULK } from '../util'
import type { DemoContext, Signatory } from './context'
import { person } from './pledges'

/** Official accounts for some members: the signatory, and now and then a colleague awaiting confirmation. */
export async function seedOfficials(ctx: DemoContext, signatories: Signatory[]) {
  const { db, rng } = ctx
  const users: Prisma.UserCreateManyInput[] = []
  const links: Prisma.MunicipalityOfficialCreateManyInput[] = []
  const emails = new Set<string>()
  rng.sample(signatories, 40).forEach((s, i) => {
    const id = demoId('u', users.length)
    if (emails.has(s.email)) return
    emails.add(s.email)
    users.push({ id, email: s.email, name: s.name, role: 'OFFICIAL', isDemo: true, emailVerified: ctx.now })
    links.push({ userId: id, municipalityId: s.place.id, title: s.title, confirmed: true })
    if (i % 8 !== 0) return
    const colleague = person(rng, s.place)
    if (emails.has(colleague.email)) return
    emails.add(colleague.email)
    const colleagueId = demoId('u', users.length)
    users.push({
      id: colleagueId,
      email: colleague.email,
      name: colleague.name,
      role: 'OFFICIAL',
      isDemo: true,
    })
    links.push({
      userId: colleagueId,
      municipalityId: s.place.id,
      title: 'Sustainability Coordinator',
      confirmed: false,
      invitedById: id,
    })
  })
  await db.$transaction(
    [db.user.createMany({ data: users }), db.municipalityOfficial.createMany({ data: links })],
    BULK,
  )
  ctx.log(`demo: ${users.length} official accounts`)
}
