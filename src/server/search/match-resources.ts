import 'server-only'
import { db, type Db } from '@/server/db'
import { env } from '@/lib/env'
import { searchWords } from '@/lib/domain/solution-search-text'

type Client = Pick<Db, '$queryRaw'>

export type ResourceMatch = { id: string; rank: number }

// More matches than this are not ranked further: the library holds a few hundred entries at most.
const MAX_MATCHES = 1000

/**
 * Published library entries whose words (title, summary, body, topic labels: Resource.searchText) contain
 * every word of `q`, stemmed (flood, floods, flooding), best match first: the database's own full-text
 * search, SQLite FTS5 (porter tokenizer, bm25) or PostgreSQL (english tsvector, ts_rank), as the Solutions
 * Gateway's (decision 0016). Higher rank is better. Both indexes follow each Resource write in its own
 * transaction (migration 20261212110000_resources_library).
 */
export async function matchResources({
  q,
  client = db,
}: {
  q: string
  /** A transaction's client sees that transaction's own writes. */
  client?: Client
}): Promise<ResourceMatch[]> {
  const words = searchWords(q)
  if (words.length === 0) return []
  const rows =
    env().databaseProvider === 'sqlite'
      ? await matchSqlite(client, words)
      : await matchPostgres(client, words)
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }))
}

function matchSqlite(client: Client, words: string[]) {
  // Each word quoted: normalised words hold only letters and digits, and quoting keeps FTS5 operators
  // (AND, OR, NOT, NEAR) plain words. Words side by side must all match. bm25 is lower for better
  // matches, with a title match counting ten times a match in the rest of the text.
  const match = words.map((w) => `"${w}"`).join(' ')
  return client.$queryRaw<{ id: string; rank: number }[]>`
    SELECT r."id" AS "id", -bm25("ResourceSearch", 0.0, 10.0, 1.0) AS "rank"
    FROM "ResourceSearch" JOIN "Resource" r ON r."id" = "ResourceSearch"."resourceId"
    WHERE "ResourceSearch" MATCH ${match} AND r."status" = 'PUBLISHED'
    ORDER BY "rank" DESC, r."title" ASC
    LIMIT ${MAX_MATCHES}`
}

function matchPostgres(client: Client, words: string[]) {
  // The same expression as the GIN index "Resource_search_idx", so the planner uses it.
  return client.$queryRaw<{ id: string; rank: number }[]>`
    SELECT r."id" AS "id",
      ts_rank(setweight(to_tsvector('english'::regconfig, r."title"), 'A') || setweight(to_tsvector('english'::regconfig, r."searchText"), 'B'), query) AS "rank"
    FROM "Resource" r, plainto_tsquery('english'::regconfig, ${words.join(' ')}) query
    WHERE (setweight(to_tsvector('english'::regconfig, r."title"), 'A') || setweight(to_tsvector('english'::regconfig, r."searchText"), 'B')) @@ query
      AND r."status" = 'PUBLISHED'
    ORDER BY "rank" DESC, r."title" ASC
    LIMIT ${MAX_MATCHES}`
}
