// The metrics' labels take only known values: a client's made-up method or an odd status adds no series.
import { expect, test } from 'vitest'
import { countCacheRead, metricsRegistry, observeRequest } from '@/lib/metrics/metrics.mjs'

test('methods, statuses and cache kinds outside the known ones are counted as "other"', async () => {
  observeRequest({ route: '/', method: 'BREW', status: 200, seconds: 0.01 })
  observeRequest({ route: '/', method: 'GET', status: 0, seconds: 0.01 })
  countCacheRead({ kind: 'SOMETHING_NEW', hit: false })
  const text = await metricsRegistry().metrics()
  expect(text).toContain('leadership_http_requests_total{route="/",method="other",status="200"} 1')
  expect(text).toContain('leadership_http_requests_total{route="/",method="GET",status="other"} 1')
  expect(text).toContain('leadership_next_cache_reads_total{kind="other",result="miss"} 1')
  expect(text).not.toContain('BREW')
})

test('one registry per process, whichever copy of the module asks', async () => {
  const again = await import('@/lib/metrics/metrics.mjs?copy' as string)
  expect(again.metricsRegistry()).toBe(metricsRegistry())
})
