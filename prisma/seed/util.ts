export type Log = (message: string) => void

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

const DAY = 86_400_000

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY)
}

/** A deterministic id for a generated demo row, stable across runs with the same seed. */
export function demoId(kind: string, n: number): string {
  return `demo${kind}${n.toString(36).padStart(6, '0')}`
}

// Bulk inserts run as one transaction each; on a busy machine they take longer than Prisma's 5 s default.
export const BULK = { maxWait: 60_000, timeout: 300_000 }
