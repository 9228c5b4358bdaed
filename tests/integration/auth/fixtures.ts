// Users for the auth tests, with real argon2id hashes, and a stand-in for the session cookie.
import { uniqueSlug, db } from '../../helpers/db'
import { hashPassword } from '@/server/auth/hash-password'
import type { UserRole } from '@/server/auth/staff-roles'

export const PASSWORD = 'correct horse battery staple'

export async function userWithPassword(role: UserRole, overrides: { active?: boolean; email?: string } = {}) {
  return db.user.create({
    data: {
      email: overrides.email ?? `${uniqueSlug(role.toLowerCase())}@example.org`,
      role,
      active: overrides.active ?? true,
      passwordHash: await hashPassword(PASSWORD),
    },
  })
}
