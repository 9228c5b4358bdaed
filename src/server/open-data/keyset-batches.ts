import 'server-only'

export const CSV_BATCH_SIZE = 1000

/**
 * Reads a table in id order, one batch at a time (WHERE id > last ORDER BY id LIMIT n): each query is an
 * index range scan however far into the table it is, and only one batch is held in memory.
 */
export async function* keysetBatches<Row extends { id: string }, Out>(
  fetchAfter: (afterId: string | undefined, take: number) => Promise<Row[]>,
  toRows: (batch: Row[]) => Out[],
  take = CSV_BATCH_SIZE,
): AsyncGenerator<Out[]> {
  let afterId: string | undefined
  for (;;) {
    const batch = await fetchAfter(afterId, take)
    if (batch.length === 0) return
    yield toRows(batch)
    if (batch.length < take) return
    afterId = batch.at(-1)?.id
  }
}
