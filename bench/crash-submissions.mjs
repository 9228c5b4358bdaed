// The server killed with SIGKILL in the middle of a burst of pledge submissions, then started again, N times
// on each database: every submission answered as received must be in the database whole (pledge, its
// municipality, both email tokens, the audit entry, the email, the PDF when it came with one), no pledge
// half-written, and the restarted server must take submissions. Uses a production build (the e2e one by
// default: `npm test -- --only e2e` or `next build` with NEXT_DIST_DIR) and its own throwaway databases.
//   node bench/crash-submissions.mjs [--repetitions 10] [--databases sqlite,postgres] [--concurrency 16]
//                                    [--dist-dir .next-e2e] [--port 4411]
// Prints one line per repetition and a JSON summary; exits 1 when any repetition found a problem.
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { parseArgs } from 'node:util'
import {
  crashRepetition,
  durabilitySettings,
  logPath,
  preparePostgres,
  prepareSqlite,
  startServer,
} from '../tests/reliability/lib.mjs'

const { values: opts } = parseArgs({
  options: {
    repetitions: { type: 'string', default: '10' },
    databases: { type: 'string', default: 'sqlite,postgres' },
    concurrency: { type: 'string', default: '16' },
    'dist-dir': { type: 'string', default: process.env.E2E_DIST_DIR || '.next-e2e' },
    port: { type: 'string', default: '4411' },
  },
})
const distDir = opts['dist-dir']
if (!existsSync(`${distDir}/BUILD_ID`)) {
  console.error(`No production build in ${distDir}: run \`npm test -- --only e2e\` or next build first.`)
  process.exit(2)
}
const port = Number(opts.port)
const logFile = logPath('crash-bench-server')

const summary = {}
let failed = false
for (const provider of opts.databases.split(',')) {
  const database = provider === 'postgres' ? await preparePostgres() : prepareSqlite('e2e-rel-bench')
  try {
    const settings = await durabilitySettings(database.url)
    console.log(`${provider}: ${JSON.stringify(settings)}`)
    // A loaded machine can take a minute or more to start next; that is not what this measures.
    const start = () => startServer({ port, databaseUrl: database.url, distDir, logFile, timeoutMs: 180_000 })
    const reps = []
    for (let i = 0; i < Number(opts.repetitions); i++) {
      const run = randomBytes(3).toString('hex')
      const r = await crashRepetition({
        start,
        databaseUrl: database.url,
        run,
        concurrency: Number(opts.concurrency),
        killAfterReceived: 5 + Math.floor(Math.random() * 30),
      })
      reps.push(r)
      if (r.problems.length || r.serverErrors) failed = true
      console.log(
        `${provider} #${i + 1}: killed after ${r.killedAfterMs} ms; ${r.submissions} sent, ${r.received} answered as received, ` +
          `${r.pledges} saved (${r.savedUnanswered} saved but unanswered, ${r.savedWithoutEmail} without their email), ` +
          `${r.failedConnections} cut off, ${r.serverErrors} 5xx; restart ${r.restartMs} ms; ` +
          `${r.problems.length ? `PROBLEMS: ${r.problems.join('; ')}` : 'ok'}`,
      )
    }
    const sum = (k) => reps.reduce((n, r) => n + r[k], 0)
    summary[provider] = {
      settings,
      repetitions: reps.length,
      submissions: sum('submissions'),
      answeredAsReceived: sum('received'),
      saved: sum('pledges'),
      savedButUnanswered: sum('savedUnanswered'),
      savedWithoutEmail: sum('savedWithoutEmail'),
      cutOff: sum('failedConnections'),
      serverErrors: sum('serverErrors'),
      lostOrHalfWritten: reps.reduce((n, r) => n + r.problems.length, 0),
      restartMs: Math.round(sum('restartMs') / reps.length),
    }
  } finally {
    database.stop()
  }
}
console.log(JSON.stringify(summary, null, 2))
process.exitCode = failed ? 1 : 0
