// Public-page throughput and JavaScript weight (issue: public site, "Speed").
// Usage: node bench/public-pages.mjs [--url http://localhost:3000] [--duration 10] [--connections 20]
//   [--only <regex>]: only the pages whose name matches (the floor is always measured first)
// Without --url it starts `next start` itself on DATABASE_URL (default the demo database) from the current build.
// Prints a markdown table for docs/PERFORMANCE.md and writes bench/results/public-pages.json.
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { jsWeight, measurePage, publicPages } from './lib/public-pages.mjs'

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '20' },
    port: { type: 'string', default: '3210' },
    only: { type: 'string' },
  },
})
let base = values.url
let server
if (!base) {
  base = `http://127.0.0.1:${values.port}`
  server = spawn(process.execPath, ['scripts/server.mjs', '-p', values.port], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'x'.repeat(32),
      AUTH_TRUST_HOST: 'true',
      ...(process.env.SMTP_URL ? {} : { DEMO_MODE: 'true' }),
    },
    stdio: 'ignore',
  })
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/accessibility`)).ok) break
    } catch {}
    await new Promise((r) => setTimeout(r, 200))
  }
}

// The Solutions Gateway and the open data (issue 19): a search view, a filtered view, the API and a download.
const pages = [
  ...(await publicPages(base)),
  { name: 'Solutions Gateway', path: '/solutions' },
  { name: 'Solutions search ("flooding")', path: '/solutions?q=flooding' },
  { name: 'Solutions filtered (hazard, cost)', path: '/solutions?hazard=EXTREME_HEAT&cost=LOW' },
  { name: 'API: members', path: '/api/v1/municipalities' },
  { name: 'API: members in a state', path: '/api/v1/municipalities?state=CA&page=2' },
  { name: 'download: targets CSV', path: '/data/targets.csv' },
  // The network progress report (issue 16): a cached page of aggregates over every member.
  { name: 'network progress report', path: '/progress' },
  { name: 'experts and partners', path: '/network/partners' },
  // The guides and tools library (issue 16): the list, a search view and one guide's cached page.
  { name: 'guides and tools', path: '/resources' },
  { name: 'guides and tools search ("inventory")', path: '/resources?q=inventory' },
  { name: 'a guide', path: '/resources/first-ghg-inventory-small-city' },
  // The target calculator (issue 16): the static empty form, and a computed path (a cached view).
  { name: 'target calculator', path: '/tools/target-calculator' },
  {
    name: 'target calculator, a path computed',
    path: '/tools/target-calculator?type=BASE_YEAR_ABSOLUTE&baseYear=2015&baseYearEmissions=250000&targetYear=2030&reductionPercent=40',
  },
]

const only = values.only ? new RegExp(values.only) : null
const results = []
for (const page of pages.filter((p, i) => !only || i === 0 || only.test(p.name))) {
  const r = await measurePage(base + page.path, {
    connections: Number(values.connections),
    duration: Number(values.duration),
  })
  results.push({ ...page, ...r, jsGzipKB: +((await jsWeight(base, page.path)) / 1024).toFixed(1) })
}
server?.kill()

const floor = results[0]
console.log(`| page | req/s | x floor | p50 ms | p99 ms | errors | JS gzip KB (vs floor) |`)
console.log(`| --- | ---: | ---: | ---: | ---: | ---: | ---: |`)
for (const r of results) {
  console.log(
    `| ${r.name} (\`${r.path}\`) | ${r.rps} | ${(r.rps / floor.rps).toFixed(2)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.jsGzipKB} (${(r.jsGzipKB - floor.jsGzipKB >= 0 ? '+' : '') + (r.jsGzipKB - floor.jsGzipKB).toFixed(1)}) |`,
  )
}
mkdirSync('bench/results', { recursive: true })
writeFileSync(
  'bench/results/public-pages.json',
  JSON.stringify({ date: new Date().toISOString(), results }, null, 2),
)
process.exit(0)
