// Which deadline reminder a stage is due for: pure, so tests control the date.
import { DAY_MS, isPastDueDay, startOfUtcDay } from '@/lib/domain/compliance-dates'
import type { ComplianceStageResult, StageKey } from '@/lib/domain/compliance'

export const REMINDER_THRESHOLDS = ['60', '30', '7', 'overdue'] as const
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number]

/** Whole UTC days from `now`'s day to the due day (0 on the due day itself). */
export function daysUntil(dueDate: Date, now: Date): number {
  return Math.round((startOfUtcDay(dueDate).getTime() - startOfUtcDay(now).getTime()) / DAY_MS)
}

/**
 * The most urgent threshold a stage has reached: "overdue" once its due day has ended, else "7", "30"
 * or "60" days before. Only the most urgent is sent, so a job that first runs 20 days before a
 * deadline sends the 30-day reminder and not a stale 60-day one as well.
 */
export function reminderThreshold(dueDate: Date, now: Date): ReminderThreshold | null {
  if (isPastDueDay(now, dueDate)) return 'overdue'
  const days = daysUntil(dueDate, now)
  if (days <= 7) return '7'
  if (days <= 30) return '30'
  if (days <= 60) return '60'
  return null
}

export type DueReminder = { stage: StageKey; label: string; dueDate: Date; threshold: ReminderThreshold }

/** Reminders a municipality's stages call for at `now`: stages not yet met, at a threshold. */
export function selectReminders(
  stages: readonly Pick<ComplianceStageResult, 'key' | 'label' | 'status' | 'dueDate'>[],
  now: Date,
): DueReminder[] {
  return stages.flatMap((s) => {
    if (s.status === 'met') return []
    const threshold = reminderThreshold(s.dueDate, now)
    return threshold ? [{ stage: s.key, label: s.label, dueDate: s.dueDate, threshold }] : []
  })
}
