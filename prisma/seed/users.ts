import { randomBytes } from 'node:crypto'
import { hash } from '@node-rs/argon2'
import type { Db } from '@/server/db'
import { normalizeEmail } from '@/lib/text'
import type { Log } from './util'

/**
 * The first administrator. Created once; a re-run never changes it. Without SEED_ADMIN_PASSWORD a
 * password is generated and printed this one time, since it is stored only as an argon2id hash.
 */
export async function seedAdmin({ db, log }: { db: Db; log: Log }): Promise<string> {
  const email = normalizeEmail(process.env.SEED_ADMIN_EMAIL || 'admin@example.org')
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } })
  if (existing) {
    log(`users: admin ${email} already exists, unchanged`)
    return existing.id
  }
  const given = process.env.SEED_ADMIN_PASSWORD
  const password = given || randomBytes(15).toString('base64url')
  const user = await db.user.create({
    data: {
      email,
      name: 'Administrator',
      role: 'ADMIN',
      passwordHash: await hash(password),
      emailVerified: new Date(),
    },
    select: { id: true },
  })
  log(`users: admin ${email} created`)
  if (!given) log(`users: admin password (shown once, store it now): ${password}`)
  return user.id
}

const DEMO_STAFF = [
  { email: 'editor@example.org', name: 'Erin Editor (demo)', role: 'EDITOR' },
  { email: 'moderator@example.org', name: 'Morgan Moderator (demo)', role: 'MODERATOR' },
  { email: 'moderator2@example.org', name: 'Sam Reviewer (demo)', role: 'MODERATOR' },
] as const

/** Demo staff without a password: an administrator sets one (or sends a reset) to use them. */
export async function seedDemoStaff({ db }: { db: Db }): Promise<{ moderatorIds: string[] }> {
  const moderatorIds: string[] = []
  for (const s of DEMO_STAFF) {
    const user = await db.user.upsert({
      where: { email: s.email },
      create: { ...s, isDemo: true, emailVerified: new Date() },
      update: {},
      select: { id: true },
    })
    if (s.role === 'MODERATOR') moderatorIds.push(user.id)
  }
  return { moderatorIds }
}
