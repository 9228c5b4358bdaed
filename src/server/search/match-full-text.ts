import 'server-only'
import { db, type Db } from '@/server/db'
import { env } from '@/lib/env'
import { searchWords } from '@/lib/domain/solution-search-text'

type Client = Pick<Db, '$queryRawUnsafe'>

export type FullTextMatch = { id: string; rank: number }

// More matches than this are not ranked further: the gateway, the library, the pages and the events hold a
// few hundred rows at most.
const MAX_MATCHES = 1000

/**
 * The tables with a full-text index, each with its SQLite FTS5 table and that table's key column (written by
 * hand in migrations 20261210090000_full_text_search, 20261212110000_resources_library and
 * 20261214090000_site_search_full_text). Identifiers come from here only, never from a request.
 */
const INDEXED = {
  Solution: { fts: 'SolutionSearch', key: 'solutionId' },
  Resource: { fts: 'ResourceSearch', key: 'resourceId' },
  ContentPage: { fts: 'ContentPageSearch', key: 'pageId' },
  Event: { fts: 'EventSearch', key: 'eventId' },
} as const

export type FullTextTable = keyof typeof INDEXED

/**
 * Published rows of `table` whose words (title and "searchText") contain every word of `q`, stemmed (flood,
 * floods, flooding), best match first: the database's own full-text search, SQLite FTS5 (porter tokenizer,
 * bm25) or PostgreSQL (english tsvector, ts_rank), decision 0016. Higher rank is better. Both indexes follow
 * each write of a row in its own transaction.
 */
export async function matchFullText({
  table,
  q,
  client = db,
}: {
  table: FullTextTable
  q: string
  /** A transaction's client sees that transaction's own writes. */
  client?: Client
}): Promise<FullTextMatch[]> {
  const words = searchWords(q)
  if (words.length === 0) return []
  const rows =
    env().databaseProvider === 'sqlite'
      ? await matchSqlite(client, table, words)
      : await matchPostgres(client, table, words)
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }))
}

// Identifiers come from INDEXED only; the words are bound as parameters (SQLite "?", PostgreSQL "$n").

function matchSqlite(client: Client, table: FullTextTable, words: string[]) {
  // Each word quoted: normalised words hold only letters and digits, and quoting keeps FTS5 operators
  // (AND, OR, NOT, NEAR) plain words. Words side by side must all match. bm25 is lower for better
  // matches, with a title match counting ten times a match in the rest of the text.
  const match = words.map((w) => `"${w}"`).join(' ')
  const { fts, key } = INDEXED[table]
  return client.$queryRawUnsafe<{ id: string; rank: number }[]>(
    `SELECT t."id" AS "id", -bm25("${fts}", 0.0, 10.0, 1.0) AS "rank"
    FROM "${fts}" JOIN "${table}" t ON t."id" = "${fts}"."${key}"
    WHERE "${fts}" MATCH ? AND t."status" = 'PUBLISHED'
    ORDER BY "rank" DESC, t."title" ASC
    LIMIT ${MAX_MATCHES}`,
    match,
  )
}

// The same expression as the table's GIN index ("<table>_search_idx"), so the planner uses it.
const DOCUMENT = `(setweight(to_tsvector('english'::regconfig, t."title"), 'A') || setweight(to_tsvector('english'::regconfig, t."searchText"), 'B'))`

function matchPostgres(client: Client, table: FullTextTable, words: string[]) {
  return client.$queryRawUnsafe<{ id: string; rank: number }[]>(
    `SELECT t."id" AS "id", ts_rank(${DOCUMENT}, query) AS "rank"
    FROM "${table}" t, plainto_tsquery('english'::regconfig, $1) query
    WHERE ${DOCUMENT} @@ query AND t."status" = 'PUBLISHED'
    ORDER BY "rank" DESC, t."title" ASC
    LIMIT ${MAX_MATCHES}`,
    words.join(' '),
  )
}
