import 'server-only'

/** The fields that name a municipality and give its size, which most reads of one select first. */
export const placeSelect = {
  id: true,
  slug: true,
  name: true,
  state: true,
  county: true,
  population: true,
} as const
