// Five shades from light to dark green; every shade differs from the next by at least 3:1 from white
// for the darker classes, and the data table carries the exact figures (WCAG 1.1.1, 1.4.11).
export const SHADES = ['#d5ecdd', '#9fd2b0', '#5fae7f', '#2a7f4f', '#114126'] as const
export const EMPTY_SHADE = '#f3f4f6'

export type Bucket = { min: number; max: number; color: string }

/** Integer classes of roughly equal width from 1 to max; fewer when max is small. */
export function buckets(max: number): Bucket[] {
  if (max < 1) return []
  const classes = Math.min(SHADES.length, max)
  const out: Bucket[] = []
  let min = 1
  for (let i = 1; i <= classes; i++) {
    const upper = i === classes ? max : Math.floor((max * i) / classes)
    if (upper < min) continue
    out.push({ min, max: upper, color: '' })
    min = upper + 1
  }
  // Spread the shades so few classes still span light to dark.
  return out.map((b, i) => ({
    ...b,
    color:
      SHADES[
        out.length === 1 ? SHADES.length - 1 : Math.round((i * (SHADES.length - 1)) / (out.length - 1))
      ] ?? '',
  }))
}

export function colorFor(count: number, classes: Bucket[]): string {
  if (count < 1) return EMPTY_SHADE
  return classes.find((b) => count >= b.min && count <= b.max)?.color ?? EMPTY_SHADE
}

export function bucketLabel(b: Bucket): string {
  return b.min === b.max ? String(b.min) : `${b.min}–${b.max}`
}
