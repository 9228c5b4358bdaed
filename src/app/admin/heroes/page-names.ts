import type { HeroPage } from '@/schemas/heroes'

export const HERO_PAGE_NAMES: Record<HeroPage, string> = {
  home: 'home page',
  rc4a: 'RC4A campaign page',
  'compact-of-mayors': 'Compact of Mayors campaign page',
}
