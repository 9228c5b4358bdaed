// First renders (cache misses) of the directory and of member profiles, one at a time: shared by
// bench/directory-large.mjs and bench/cost-growth.mjs.
import Database from 'better-sqlite3'
import pg from 'pg'

/** Reads from the database directly: member name prefixes (3 and 4 letters), the states, and spread slugs. */
export async function namePrefixes(url) {
  const sql = (
    bool,
  ) => `SELECT substr("searchName", 1, 3) AS p3, substr("searchName", 1, 4) AS p4, "state", "slug"
    FROM "Municipality" WHERE "isMember" = ${bool} ORDER BY "slug"`
  let rows
  if (url.startsWith('file:')) {
    const db = new Database(url.slice('file:'.length), { readonly: true })
    rows = db.prepare(sql(1)).all()
    db.close()
  } else {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    rows = (await client.query(sql('true'))).rows
    await client.end()
  }
  const count = (key) => {
    const m = new Map()
    for (const r of rows) if (/^[a-z]+$/.test(r[key])) m.set(r[key], (m.get(r[key]) ?? 0) + 1)
    return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([p]) => p)
  }
  // Members spread over the whole list (every k-th by slug): profiles never asked before.
  const step = Math.max(1, Math.floor(rows.length / 200))
  const slugs = rows.filter((_, i) => i % step === 0).map((r) => r.slug)
  return {
    members: rows.length,
    p3: count('p3'),
    p4: count('p4'),
    states: [...new Set(rows.map((r) => r.state))].sort(),
    slugs,
  }
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

export function stats(latencies, seconds) {
  const s = [...latencies].sort((a, b) => a - b)
  return {
    n: s.length,
    ...(seconds && { perSecond: Math.round((s.length / seconds) * 10) / 10 }),
    p50: Math.round(percentile(s, 50)),
    p90: Math.round(percentile(s, 90)),
    p99: Math.round(percentile(s, 99)),
    max: Math.round(s[s.length - 1]),
  }
}

export async function timedGet(url) {
  const t = performance.now()
  const res = await fetch(url)
  const body = await res.text()
  if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}\n${body.slice(0, 300)}`)
  return performance.now() - t
}

/** Filter combinations: every query a distinct view (state, stage, campaign, band, sort, deep pages). */
export function filterViews(states, n, members = 20_000) {
  const stages = ['COMMITMENT', 'INVENTORY', 'TARGET', 'ACTION_PLANS', 'NONE']
  const bands = ['lt10k', '10k-50k', '50k-250k', 'gt250k']
  const sorts = ['population', 'joined', 'name']
  // Deep pages stay within the list (50 a page): up to ~45% of it.
  const deep = Math.max(1, Math.floor((members * 0.45) / 50 / Math.max(1, n / 5)))
  const views = []
  for (let i = 0; views.length < n; i++) {
    const state = states[(i * 7) % states.length]
    switch (i % 5) {
      case 0:
        views.push(`state=${state}&stage=${stages[i % stages.length]}&sort=${sorts[i % 3]}`)
        break
      case 1:
        views.push(`campaign=compact-of-mayors&population=${bands[i % 4]}&overdue=1&page=${1 + (i % 4)}`)
        break
      case 2:
        views.push(`stage=${stages[i % stages.length]}&sort=joined&dir=desc&page=${2 + (i % 9)}`)
        break
      case 3:
        views.push(`page=${2 + i * deep}`) // deep pages of the whole list
        break
      default:
        views.push(`state=${state}&campaign=rc4a&population=${bands[i % 4]}&sort=population&dir=asc`)
    }
  }
  return views
}

/**
 * One at a time, each a view never asked before on this instance: `n / 2` name prefixes (3 letters, from the
 * most common down), `n / 2` filter combinations, three one-letter searches and `n / 2` member profiles.
 */
export async function firstRendersOneAtATime({ base, url, n }) {
  const data = await namePrefixes(url)
  const { p3, states, slugs } = data
  const prefixes = p3.filter((_, i) => i % 4 === 1).slice(0, Math.ceil(n / 2))
  const filters = filterViews(states, Math.floor(n / 2), data.members)
  await timedGet(`${base}/accessibility`) // the process is warm before the first timing
  const one = { prefixes: [], filters: [], broad: [], profiles: [] }
  for (const p of prefixes) one.prefixes.push(await timedGet(`${base}/members?q=${p}`))
  for (const f of filters) one.filters.push(await timedGet(`${base}/members?${f}`))
  // The broadest searches: one letter (nearly every member matches).
  for (const letter of ['e', 'a', 'o']) one.broad.push(await timedGet(`${base}/members?q=${letter}`))
  // Member profiles, each rendered on its first request (ISR): targets, reports, compliance, charts.
  for (const slug of slugs.slice(0, Math.ceil(n / 2)))
    one.profiles.push(await timedGet(`${base}/members/${slug}`))
  return {
    data,
    usedPrefixes: prefixes,
    sequential: {
      prefixes: stats(one.prefixes),
      filters: stats(one.filters),
      profiles: stats(one.profiles),
      broad: one.broad.map(Math.round),
    },
  }
}
