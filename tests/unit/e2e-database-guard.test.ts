// The e2e run wipes its database: only a throwaway one may be named (data/e2e*.db, or e2e* on loopback).
import { describe, expect, it } from 'vitest'
import { checkE2eDatabase } from '../e2e/helpers/e2e-env.mjs'

const root = '/srv/app'

describe('checkE2eDatabase', () => {
  it('accepts a SQLite file data/e2e*.db and refuses any other file', () => {
    expect(checkE2eDatabase(root, 'file:./data/e2e.db')).toEqual({
      provider: 'sqlite',
      file: '/srv/app/data/e2e.db',
    })
    expect(() => checkE2eDatabase(root, 'file:./data/leadership.db')).toThrow(/Refusing/)
    expect(() => checkE2eDatabase(root, 'file:/tmp/e2e.db')).toThrow(/Refusing/)
  })

  it('accepts a PostgreSQL database e2e* on a loopback server, with its maintenance database', () => {
    expect(checkE2eDatabase(root, 'postgresql://postgres:postgres@127.0.0.1:41234/e2e')).toEqual({
      provider: 'postgres',
      database: 'e2e',
      adminUrl: 'postgresql://postgres:postgres@127.0.0.1:41234/postgres',
    })
    expect(checkE2eDatabase(root, 'postgres://u:p@localhost/e2e-pg').provider).toBe('postgres')
  })

  it('refuses a PostgreSQL database on another host or not named e2e*', () => {
    expect(() => checkE2eDatabase(root, 'postgresql://u:p@db.example.org:5432/e2e')).toThrow(/Refusing/)
    expect(() => checkE2eDatabase(root, 'postgresql://u:p@127.0.0.1:5432/leadership')).toThrow(/Refusing/)
    expect(() => checkE2eDatabase(root, 'postgresql://u:p@127.0.0.1:5432/')).toThrow(/Refusing/)
  })
})
