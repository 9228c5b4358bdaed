import 'server-only'
import { db, type Db } from '@/server/db'
import { AppError } from '@/server/errors'
import { recordAudit } from '@/server/audit/record-audit'
import { assertEditor } from '@/server/content/assert-editor'

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0]
type Status = 'DRAFT' | 'PUBLISHED'
type Row = { status: Status; publishedAt: Date | null; label: Record<string, string> }

/** What differs between the records staff publish and take off: their table, permission, audit names. */
export type Publishable = {
  permission: 'solution.edit' | 'partner.edit' | 'resource.edit'
  entityType: string
  /** The audit's action prefix: `${audit}.publish` / `${audit}.unpublish`. */
  audit: string
  /** 'This solution', 'This entry': the start of the message when nothing would change. */
  noun: string
  find: (tx: Tx, id: string) => Promise<Row | null>
  update: (tx: Tx, id: string, data: { status: Status; publishedAt?: Date }) => Promise<unknown>
}

/**
 * Publishes a record or takes it off, audited, in one transaction; the caller expires its cache tags after.
 * The first publication date stays: it is when the record first appeared. Answers the row's label (slug, name).
 */
export async function setPublishStatus(
  what: Publishable,
  { id, status, editor, now }: { id: string; status: Status; editor: { id: string }; now: Date },
): Promise<Record<string, string>> {
  return db.$transaction(async (tx) => {
    const staff = await assertEditor(tx, editor, what.permission)
    const row = await what.find(tx, id)
    if (!row) throw new AppError('NOT_FOUND')
    if (row.status === status)
      throw new AppError(
        'CONFLICT',
        status === 'PUBLISHED' ? `${what.noun} is already published.` : `${what.noun} is not published.`,
      )
    await what.update(tx, id, {
      status,
      ...(status === 'PUBLISHED' && !row.publishedAt ? { publishedAt: now } : {}),
    })
    await recordAudit({
      client: tx,
      actor: { id: staff.id, label: staff.email },
      action: `${what.audit}.${status === 'PUBLISHED' ? 'publish' : 'unpublish'}`,
      entityType: what.entityType,
      entityId: id,
      before: { ...row.label, status: row.status },
      after: { ...row.label, status },
    })
    return row.label
  })
}
