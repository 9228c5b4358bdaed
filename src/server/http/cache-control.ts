// The Cache-Control of the public data files and feeds (the API, the CSVs, events.ics, feed.xml): a shared cache
// may keep them 5 minutes; a browser or a script's fetch() asks every time, and no cache serves them stale while
// it checks (decision 0029: stale-while-revalidate binds browsers too). The server answers from its own cache,
// expired by tag when the data changes.
export const PUBLIC_DATA_CACHE_CONTROL = 'public, max-age=0, s-maxage=300'
