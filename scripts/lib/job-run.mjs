// The scheduled jobs (npm run reminders, compliance:refresh, uploads:clean) are processes of their own that
// end within seconds, so they cannot be scraped like the server. Each run logs one line saying how it ended
// and, with JOB_METRICS_DIR set, writes its outcome for node_exporter's textfile collector: the standard
// way to watch a cron job in Prometheus (docs/DEPLOYMENT.md, "Health and metrics").
import { renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import client from 'prom-client'

/** The metrics text of one run: when it ended, whether it succeeded, how long it took. */
async function runText({ job, ok, seconds, at }) {
  const registry = new client.Registry()
  const gauge = (name, help, value) =>
    new client.Gauge({ name, help, labelNames: ['job'], registers: [registry] }).set({ job }, value)
  gauge('leadership_job_last_run_timestamp_seconds', 'When the job last ended (Unix time)', at)
  gauge(
    'leadership_job_last_run_success',
    'Whether the job last ended without an error (1) or not (0)',
    ok ? 1 : 0,
  )
  gauge('leadership_job_last_run_duration_seconds', 'How long the job last ran', seconds)
  return registry.metrics()
}

async function successText({ job, at }) {
  const registry = new client.Registry()
  new client.Gauge({
    name: 'leadership_job_last_success_timestamp_seconds',
    help: 'When the job last ended without an error (Unix time); alert when it grows old',
    labelNames: ['job'],
    registers: [registry],
  }).set({ job }, at)
  return registry.metrics()
}

// Written beside, then renamed: the collector never reads half a file.
function writeAtomically(file, text) {
  writeFileSync(`${file}.tmp`, text)
  renameSync(`${file}.tmp`, file)
}

/**
 * Runs a job's main function: its error is printed (message only) and the exit code set to 1; one line says how
 * it ended; the outcome goes to `dir` when given. The last success is a file of its own, so a failed run leaves
 * the time of the previous success in place. Returns whether the job succeeded.
 */
export async function runJob(job, main, { dir = process.env.JOB_METRICS_DIR, now = Date.now } = {}) {
  const started = now()
  let ok = false
  try {
    await main()
    ok = true
  } catch (e) {
    console.error(e instanceof Error ? e.message : e)
    process.exitCode = 1
  }
  const ended = now()
  const at = ended / 1000
  const seconds = (ended - started) / 1000
  console.log(`[job] ${job} ${ok ? 'succeeded' : 'failed'} in ${seconds.toFixed(1)} s`)
  if (!dir) return ok
  try {
    writeAtomically(path.join(dir, `leadership_job_${job}.prom`), await runText({ job, ok, seconds, at }))
    if (ok)
      writeAtomically(path.join(dir, `leadership_job_${job}_success.prom`), await successText({ job, at }))
  } catch (e) {
    // The job's own work is done; a missing success time is what the alert watches for.
    console.error(`[job] ${job}: its metrics could not be written to ${dir}: ${e.message}`)
  }
  return ok
}
