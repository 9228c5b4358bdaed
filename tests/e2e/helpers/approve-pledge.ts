// Approves a pledge as staff would, through the domain function, against the e2e database.
// Run by the pledge spec: tsx --conditions=react-server tests/e2e/helpers/approve-pledge.ts <email>
import { db } from '@/server/db'
import { approvePledge } from '@/server/pledges/approve-pledge'

const email = process.argv[2]?.toLowerCase()
if (!email) throw new Error('usage: approve-pledge.ts <signatory email>')

const pledge = await db.pledge.findFirstOrThrow({
  where: { emailNormalized: email, status: 'PENDING_REVIEW' },
  include: { municipality: { select: { slug: true } } },
})
const reviewer = await db.user.upsert({
  where: { email: 'e2e-moderator@example.org' },
  create: { email: 'e2e-moderator@example.org', role: 'MODERATOR', name: 'E2E Moderator' },
  update: { role: 'MODERATOR', active: true },
})
await approvePledge({ pledgeId: pledge.id, reviewer })
console.log(JSON.stringify({ municipalitySlug: pledge.municipality.slug }))
await db.$disconnect()
