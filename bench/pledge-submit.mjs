// Sustained pledge submissions per second, each for a distinct new municipality, and the latency of
// the submit step (p50, p99). Usage, against a running server with a seeded database:
//   node bench/pledge-submit.mjs [--url http://127.0.0.1:3000] [--seconds 20] [--concurrency 16] [--campaign rc4a]
// Each request comes from its own X-Forwarded-For address and email, so rate limits do not interfere: start
// the server under test with TRUST_PROXY_HOPS=1 (the bench stands in for the proxy; decision 0015).
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { pledgeText, STATES } from '../tests/reliability/lib.mjs'

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:3000' },
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '16' },
    campaign: { type: 'string', default: 'rc4a' },
  },
})
const seconds = Number(opts.seconds)
const concurrency = Number(opts.concurrency)
const run = randomBytes(3).toString('hex')

const text = await pledgeText(opts.url, opts.campaign)

let n = 0
const latencies = []
const statuses = new Map()
const deadline = performance.now() + seconds * 1000

async function submitOne() {
  const i = n++
  const body = {
    campaign: text.campaign,
    municipality: {
      kind: 'new',
      name: `Bench ${run} ${i}`,
      state: STATES[i % STATES.length],
      population: 1000 + i,
    },
    signatory: {
      signatoryName: 'Bench Mark',
      signatoryTitle: 'Mayor',
      email: `bench-${run}-${i}@example.gov`,
      mandateType: 'LETTER',
    },
    pledgeTextId: text.pledgeTextId,
    agreed: text.commitments.map((c) => c.id),
  }
  const started = performance.now()
  const res = await fetch(`${opts.url}/api/pledges`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    },
    body: JSON.stringify(body),
  })
  await res.arrayBuffer()
  latencies.push(performance.now() - started)
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
}

async function worker() {
  while (performance.now() < deadline) await submitOne()
}

const began = performance.now()
await Promise.all(Array.from({ length: concurrency }, worker))
const elapsed = (performance.now() - began) / 1000
latencies.sort((a, b) => a - b)
const pct = (p) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]?.toFixed(1)
console.log(
  JSON.stringify(
    {
      requests: latencies.length,
      seconds: Number(elapsed.toFixed(1)),
      concurrency,
      submissionsPerSecond: Number((latencies.length / elapsed).toFixed(1)),
      p50ms: Number(pct(50)),
      p99ms: Number(pct(99)),
      statuses: Object.fromEntries(statuses),
    },
    null,
    2,
  ),
)
