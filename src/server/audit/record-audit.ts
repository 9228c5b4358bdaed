import 'server-only'
import { db as defaultDb, type Db } from '@/server/db'

// A transaction client has the same model API as the client itself.
type Client = Pick<Db, 'auditLog'>

export type AuditActor = { id?: string | null; label: string }

export type RecordAuditOptions = {
  actor: AuditActor
  action: string // "<entity>.<verb>", e.g. "pledge.approve"
  entityType: string
  entityId: string
  before?: unknown
  after?: unknown
  client?: Client // pass the transaction client so the entry commits with the change it records
}

const toJson = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v))

/** Appends one entry to the audit log. */
export async function recordAudit({
  actor,
  action,
  entityType,
  entityId,
  before,
  after,
  client,
}: RecordAuditOptions) {
  await (client ?? defaultDb).auditLog.create({
    data: {
      actorId: actor.id ?? null,
      actorLabel: actor.label.slice(0, 300),
      action,
      entityType,
      entityId,
      before: toJson(before),
      after: toJson(after),
    },
  })
}
