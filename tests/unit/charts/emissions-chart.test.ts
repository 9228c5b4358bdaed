// The emissions chart's year labels never run into each other, and the first and last years are named.
import { describe, expect, it } from 'vitest'
import { emissionsChartSvg } from '@/components/charts/emissions-chart-svg'

// "2050" at 13px is about 30 units wide: centres closer than this overlap or touch.
const MIN_GAP = 40

function yearLabels(first: number, last: number, reported: number[]) {
  const svg = emissionsChartSvg({
    title: 'Emissions',
    description: 'd',
    sectors: ['STATIONARY_ENERGY'],
    years: reported.map((year) => ({ year, bySector: { STATIONARY_ENERGY: 1000 } })),
    path: [
      { year: first, value: 1200 },
      { year: last, value: 0 },
    ],
  })
  return [...svg.matchAll(/<text x="([\d.]+)"[^>]*text-anchor="middle">(\d{4})<\/text>/g)].map((m) => ({
    x: Number(m[1]),
    year: Number(m[2]),
  }))
}

describe('emissions chart year labels', () => {
  for (const [first, last] of [
    [2015, 2050],
    [2010, 2030],
    [2018, 2031],
    [2005, 2050],
    [2019, 2024],
    [1990, 2050],
  ] as const) {
    it(`label ${first} to ${last} without overlap, the first and last years included`, () => {
      const labels = yearLabels(first, last, [first + 1, first + 2])
      expect(labels[0]?.year).toBe(first)
      expect(labels.at(-1)?.year).toBe(last)
      for (let i = 1; i < labels.length; i++) {
        expect(
          labels[i]!.x - labels[i - 1]!.x,
          `${labels[i - 1]!.year} and ${labels[i]!.year}`,
        ).toBeGreaterThanOrEqual(MIN_GAP)
      }
    })
  }
})
