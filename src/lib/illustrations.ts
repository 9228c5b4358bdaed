// The project's own hero illustrations (issue 18): simple abstract landscapes served as static SVG files from
// public/illustrations/, each drawn on the same 1600 x 500 canvas so a hero reserves its space before loading.
export const ILLUSTRATIONS = {
  flood: { label: 'Flood: houses by a high river under rain clouds' },
  heat: { label: 'Heat: a large sun over dry hills' },
  skyline: { label: 'Skyline: a small city among green hills by a river' },
} as const

export type Illustration = keyof typeof ILLUSTRATIONS
export const ILLUSTRATION_NAMES = Object.keys(ILLUSTRATIONS) as Illustration[]
export const ILLUSTRATION_SIZE = { width: 1600, height: 500 } as const

export const illustrationSrc = (name: Illustration) => `/illustrations/${name}.svg`
