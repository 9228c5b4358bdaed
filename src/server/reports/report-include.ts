import 'server-only'

/** Everything a report shows: its inventory, hazards and actions in a stable order. */
export const reportContents = {
  inventory: { orderBy: [{ sector: 'asc' as const }, { scope: 'asc' as const }] },
  hazards: { orderBy: { id: 'asc' as const } },
  actions: { orderBy: { id: 'asc' as const } },
}
