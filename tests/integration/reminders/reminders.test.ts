import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db, truncateAll } from '../../helpers/db'
import { approvedPledge, confirmedOfficial, suffix, verifiedReport } from '../../fixtures/factories'
import { sendDeadlineReminders } from '@/server/reminders/send-deadline-reminders'

const DAY = 86_400_000
const d = (iso: string) => new Date(`${iso}T00:00:00Z`)

// A Compact signatory committed on `commitment`, with `officials` confirmed officials.
async function signatory(commitment: Date, officials = 1) {
  const pledge = await approvedPledge(db, { decidedAt: commitment })
  const emails: string[] = []
  for (let i = 0; i < officials; i++) {
    const { official } = await confirmedOfficial(db, {
      municipalityId: pledge.municipalityId,
      email: `official-${suffix()}@town.gov`,
    })
    emails.push(official.email)
  }
  return { municipalityId: pledge.municipalityId, emails }
}

beforeEach(async () => {
  await truncateAll()
  vi.spyOn(console, 'info').mockImplementation(() => {})
})

describe('deadline reminders', () => {
  it('sends each stage and threshold once, however often the job runs', async () => {
    // Inventory and hazards due 2026-03-01: 25 days after `now`.
    const { municipalityId, emails } = await signatory(d('2025-03-01'), 2)
    const now = new Date(d('2026-03-01').getTime() - 25 * DAY)
    const first = await sendDeadlineReminders({ now })
    expect(first).toMatchObject({
      municipalities: 1,
      sent: { '60': 0, '30': 2, '7': 0, overdue: 0 },
      emails: 4,
    })
    const second = await sendDeadlineReminders({ now: new Date(now.getTime() + DAY) })
    expect(second).toMatchObject({
      sent: { '60': 0, '30': 0, '7': 0, overdue: 0 },
      emails: 0,
      skippedAlreadySent: 2,
    })
    const outbox = await db.outboxMessage.findMany({ where: { to: { in: emails } } })
    expect(outbox).toHaveLength(4)
    expect(outbox.map((m) => m.subject)).toContain(
      `${(await db.municipality.findUniqueOrThrow({ where: { id: municipalityId } })).name}: the GHG inventory stage is due on March 1, 2026`,
    )
    // A week before, the 7-day reminder; after the due day, the overdue one.
    expect((await sendDeadlineReminders({ now: d('2026-02-23') })).sent['7']).toBe(2)
    expect((await sendDeadlineReminders({ now: d('2026-03-02') })).sent.overdue).toBe(2)
    expect((await sendDeadlineReminders({ now: d('2026-03-09') })).sent.overdue).toBe(0)
    const logs = await db.reminderLog.findMany({ where: { municipalityId }, orderBy: { threshold: 'asc' } })
    expect(logs.map((l) => `${l.stage}:${l.threshold}`).sort()).toEqual(
      [
        'hazards:30',
        'hazards:7',
        'hazards:overdue',
        'inventory:30',
        'inventory:7',
        'inventory:overdue',
      ].sort(),
    )
  })

  it('two runs at once send nothing twice', async () => {
    const { emails } = await signatory(d('2025-03-01'))
    const now = d('2026-02-25')
    const [a, b] = await Promise.all([sendDeadlineReminders({ now }), sendDeadlineReminders({ now })])
    expect(a.sent['7'] + b.sent['7']).toBe(2)
    expect(a.skippedAlreadySent + b.skippedAlreadySent).toBe(2)
    expect(await db.outboxMessage.count({ where: { to: { in: emails } } })).toBe(2)
  })

  it('met stages, signatories without officials and other campaigns are left alone', async () => {
    const met = await signatory(d('2025-03-01'))
    await verifiedReport(db, {
      municipalityId: met.municipalityId,
      accountingYear: 2025,
      verifiedAt: d('2025-12-01'),
    })
    await signatory(d('2025-03-01'), 0)
    await approvedPledge(db, { decidedAt: d('2025-03-01'), campaign: 'rc4a' })
    const summary = await sendDeadlineReminders({ now: d('2026-02-25') })
    expect(summary.municipalities).toBe(2)
    expect(summary.sent['7']).toBe(0)
    expect(summary.skippedNoOfficials).toBe(2)
    expect(await db.reminderLog.count()).toBe(0)
  })
})
