import 'server-only'
import type { NextRequest } from 'next/server'
import { isDatabaseUp } from './check-database'
import { databaseOutageResponse } from './database-outage-response'

/**
 * For the proxy: the 503 when the database does not answer (asked at most once a second), else null. Server
 * actions sent with JavaScript pass: their pages show the outage text in place (decision 0012).
 */
export async function outageResponse(request: NextRequest): Promise<Response | null> {
  if (request.headers.has('next-action')) return null
  return (await isDatabaseUp()) ? null : databaseOutageResponse(request)
}
