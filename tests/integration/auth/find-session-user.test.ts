import { describe, expect, it } from 'vitest'
import { db } from '../../helpers/db'
import { findSessionUser } from '@/server/auth/find-session-user'
import { userWithPassword } from './fixtures'

describe('findSessionUser (every guard re-reads the user behind the session)', () => {
  it('returns the current role from the database, not the one the session began with', async () => {
    const user = await userWithPassword('EDITOR')
    await db.user.update({ where: { id: user.id }, data: { role: 'MODERATOR' } })
    expect(await findSessionUser({ userId: user.id, authTime: Date.now() })).toMatchObject({
      role: 'MODERATOR',
    })
  })

  it('refuses sessions begun before "sign out everywhere", and accepts later ones', async () => {
    const user = await userWithPassword('ADMIN')
    const signedInAt = Date.now() - 60_000
    await db.user.update({ where: { id: user.id }, data: { sessionsValidFrom: new Date(signedInAt + 1000) } })
    expect(await findSessionUser({ userId: user.id, authTime: signedInAt })).toBeNull()
    expect(await findSessionUser({ userId: user.id, authTime: signedInAt + 2000 })).toMatchObject({
      id: user.id,
    })
  })

  it('refuses a deactivated or deleted user', async () => {
    const user = await userWithPassword('MODERATOR')
    await db.user.update({ where: { id: user.id }, data: { active: false } })
    expect(await findSessionUser({ userId: user.id, authTime: Date.now() })).toBeNull()
    expect(await findSessionUser({ userId: 'no-such-user', authTime: Date.now() })).toBeNull()
  })
})
