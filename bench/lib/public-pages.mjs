// The public pages the throughput benches measure, and how one page is measured: shared by
// bench/public-pages.mjs (one `next start`) and bench/scale-out.mjs (instances behind nginx).
import autocannon from 'autocannon'
import { gzipSync } from 'node:zlib'

/** The first link on `path` matching `pattern` (its first group). */
export async function firstLink(base, path, pattern) {
  const html = await (await fetch(base + path)).text()
  const m = html.match(pattern)
  if (!m) throw new Error(`no link matching ${pattern} on ${path}`)
  return m[1]
}

/** The floor first (a static page without data), then the pages with data. */
export async function publicPages(base) {
  const profile = await firstLink(base, '/members', /href="(\/members\/[a-z0-9-]+)"/)
  const event = await firstLink(base, '/events', /href="(\/events\/[a-z0-9-]+)"/)
  const ask = await firstLink(base, '/asks', /href="(\/asks\/[a-z0-9-]+\/[a-z0-9-]+)"/)
  const group = await firstLink(base, '/groups', /href="(\/groups\/[a-z0-9-]+)"/)
  return [
    { name: 'floor: static page without data', path: '/accessibility' },
    { name: 'home', path: '/' },
    { name: 'directory', path: '/members' },
    { name: 'directory search (prefix "san")', path: '/members?q=san' },
    { name: 'profile', path: profile },
    { name: 'campaign page', path: '/campaigns/compact-of-mayors' },
    { name: 'events', path: '/events' },
    { name: 'events: webinars', path: '/events?type=webinar' },
    { name: 'site search ("heat")', path: '/search?q=heat' },
    { name: 'event page', path: event },
    { name: 'asks', path: '/asks' },
    { name: 'a place’s ask', path: ask },
    // Rendered per request (it reads the session): a visitor's view of the introduction form.
    { name: 'introduction request (per request)', path: `/introductions/new?to=${profile.split('/').pop()}` },
    { name: 'peer groups', path: '/groups' },
    { name: 'group page', path: group },
  ]
}

/** Bytes of JavaScript a first visit downloads, gzipped as a CDN would send it. */
export async function jsWeight(base, path) {
  const html = await (await fetch(base + path)).text()
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))]
  let total = 0
  for (const src of srcs)
    total += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length
  return total
}

/**
 * autocannon on one URL after a 2 s warm-up (5 connections) that fills the caches. `during` runs beside the
 * measured run only (e.g. to sample CPU) and its result is returned as `extra`.
 */
export async function measurePage(url, { connections = 20, duration = 10, warmup = 2, during } = {}) {
  if (warmup > 0) await autocannon({ url, connections: 5, duration: warmup })
  const probe = during?.()
  const r = await autocannon({ url, connections, duration })
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    extra: await probe?.stop(),
  }
}
