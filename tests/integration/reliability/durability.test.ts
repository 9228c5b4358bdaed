// What the app's own database connection promises about a crash (tests/reliability kills a real server).
import { expect, test } from 'vitest'
import { db, databaseProvider } from '../../helpers/db'

test.runIf(databaseProvider() === 'sqlite')(
  'SQLite runs in WAL mode with synchronous = FULL and foreign keys enforced',
  async () => {
    const [journal] = await db.$queryRawUnsafe<{ journal_mode: string }[]>('PRAGMA journal_mode')
    const [sync] = await db.$queryRawUnsafe<{ synchronous: number | bigint }[]>('PRAGMA synchronous')
    const [fks] = await db.$queryRawUnsafe<{ foreign_keys: number | bigint }[]>('PRAGMA foreign_keys')
    expect(journal?.journal_mode).toBe('wal')
    // 2 = FULL: a commit is on disk before it returns, so an acknowledged write survives a power cut.
    expect(Number(sync?.synchronous)).toBe(2)
    expect(Number(fks?.foreign_keys)).toBe(1)
  },
)

test.runIf(databaseProvider() === 'postgres')(
  'the app does not weaken PostgreSQL’s commit durability for its sessions',
  async () => {
    // The test cluster runs without fsync for speed; what matters here is that the app's connections use
    // the server's setting rather than turning synchronous_commit off (tests/reliability checks the server's).
    const [row] = await db.$queryRawUnsafe<{ setting: string; reset_val: string }[]>(
      "SELECT setting, reset_val FROM pg_settings WHERE name = 'synchronous_commit'",
    )
    expect(row?.setting).toBe(row?.reset_val)
  },
)
