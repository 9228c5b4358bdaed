// A scheduled job's run as Prometheus sees it through node_exporter's textfile collector: the last run's time,
// outcome and duration, and the last success kept across a failed run (what the staleness alert reads).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, expect, test, vi } from 'vitest'
import { runJob } from '../../../scripts/lib/job-run.mjs'

afterEach(() => {
  process.exitCode = undefined
  vi.restoreAllMocks()
})

test('a success and then a failure: the run file says failed, the success time stays', async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {})
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
  const dir = mkdtempSync(path.join(os.tmpdir(), 'job-run-'))
  let clock = 1_700_000_000_000
  const now = () => (clock += 500)
  const read = (file: string) => readFileSync(path.join(dir, file), 'utf8')

  expect(await runJob('reminders', async () => {}, { dir, now })).toBe(true)
  expect(process.exitCode).toBeUndefined()
  expect(read('leadership_job_reminders.prom')).toMatch(
    /^leadership_job_last_run_success\{job="reminders"\} 1$/m,
  )
  const success = read('leadership_job_reminders_success.prom')
  expect(success).toMatch(/^leadership_job_last_success_timestamp_seconds\{job="reminders"\} 1700000001$/m)

  const failed = await runJob('reminders', () => Promise.reject(new Error('SMTP refused')), { dir, now })
  expect(failed).toBe(false)
  expect(process.exitCode).toBe(1)
  expect(errors).toHaveBeenCalledWith('SMTP refused')
  const run = read('leadership_job_reminders.prom')
  expect(run).toMatch(/^leadership_job_last_run_success\{job="reminders"\} 0$/m)
  expect(run).toMatch(/^leadership_job_last_run_timestamp_seconds\{job="reminders"\} 1700000002$/m)
  expect(run).toMatch(/^leadership_job_last_run_duration_seconds\{job="reminders"\} 0.5$/m)
  expect(read('leadership_job_reminders_success.prom')).toBe(success)
  // Only whole .prom files: the collector never reads a half-written one.
  expect(readdirSync(dir).sort()).toEqual([
    'leadership_job_reminders.prom',
    'leadership_job_reminders_success.prom',
  ])
})

test('without a directory the job still runs and says how it ended', async () => {
  const lines = vi.spyOn(console, 'log').mockImplementation(() => {})
  expect(await runJob('uploads_clean', async () => {}, { dir: undefined })).toBe(true)
  expect(lines).toHaveBeenCalledWith(expect.stringMatching(/^\[job\] uploads_clean succeeded in \d+\.\d s$/))
})
