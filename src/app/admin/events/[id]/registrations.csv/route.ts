import { isRecordId } from '@/schemas/id'
import { jsonError } from '@/server/http/json-error'
import { isAppError } from '@/server/errors'
import { registrationsCsv } from '@/server/events/registrations-csv'

export const dynamic = 'force-dynamic'

const PRIVATE = { 'Cache-Control': 'private, no-store' }

/** An event's registrations as CSV. Staff with event.edit only, never cached. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  if (!isRecordId(id)) return new Response('Not found', { status: 404, headers: PRIVATE })
  try {
    const { csv, filename } = await registrationsCsv({ eventId: id })
    return new Response(csv, {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${filename}"`,
        'X-Content-Type-Options': 'nosniff',
        ...PRIVATE,
      },
    })
  } catch (e) {
    if (isAppError(e) && (e.code === 'UNAUTHENTICATED' || e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND'))
      return jsonError(e, { headers: PRIVATE })
    throw e
  }
}
