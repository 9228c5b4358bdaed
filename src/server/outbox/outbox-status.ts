/** How one outbox row was delivered: by SMTP, not (SMTP refused it), or kept in the outbox (demo mode). */
export type OutboxStatus = 'sent' | 'failed' | 'outbox'

export function outboxStatus(transport: string): OutboxStatus {
  return transport === 'smtp' ? 'sent' : transport === 'smtp-failed' ? 'failed' : 'outbox'
}

export const outboxStatusLabel: Record<OutboxStatus, string> = {
  sent: 'Sent by SMTP',
  failed: 'Not sent: the mail server refused it',
  outbox: 'Kept in the outbox only (demo mode)',
}
