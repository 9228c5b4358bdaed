// The maps' SVG routes (issue 18, decision 0026): size (raw and gzipped) and time of the first request (rendered:
// the query and the drawing) and of cached requests. Usage: node bench/map-svgs.mjs --url http://localhost:3000
// against a running `next start` whose cache is cold for these routes (a fresh start).
import { gzipSync } from 'node:zlib'
import { parseArgs } from 'node:util'
import { firstLink } from './lib/public-pages.mjs'

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://localhost:3000' } } })
const base = values.url
const profile = await firstLink(base, '/members', /href="(\/members\/[a-z0-9-]+)"/)
const paths = [
  '/maps/members.svg',
  '/maps/links/members.svg',
  '/maps/links/compact-of-mayors.svg',
  '/maps/locations/members.svg',
  '/maps/locations/compact-of-mayors.svg',
  '/maps/locations/rc4a.svg',
  `${profile}/locator.svg`,
]

async function timed(url) {
  const start = performance.now()
  const response = await fetch(url)
  const body = Buffer.from(await response.arrayBuffer())
  return { ms: performance.now() - start, body, status: response.status }
}

console.log('| route | KB | gzip KB | first request ms | cached ms (mean of 20) |')
console.log('| --- | ---: | ---: | ---: | ---: |')
for (const path of paths) {
  const first = await timed(base + path)
  if (first.status !== 200) throw new Error(`${path}: ${first.status}`)
  let total = 0
  for (let i = 0; i < 20; i++) total += (await timed(base + path)).ms
  const kb = (n) => (n / 1024).toFixed(1)
  console.log(
    `| \`${path}\` | ${kb(first.body.length)} | ${kb(gzipSync(first.body).length)} | ${first.ms.toFixed(0)} | ${(total / 20).toFixed(1)} |`,
  )
}
