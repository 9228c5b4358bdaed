import type { PageHeroImage } from '@/server/heroes/get-page-hero'

/**
 * A page's hero image (issue 18), chosen by editors in the staff area. Sized by its width and height
 * attributes and a fixed aspect ratio, so nothing moves when it loads; at the top of the page, so it loads
 * eagerly. Decorative images have alt="" (the editor said so explicitly).
 */
export function Hero({ image }: { image: PageHeroImage | null }) {
  if (!image) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element -- served as stored: library images are resized once, their narrower copies cached (src/app/images/[id]/[width])
    <img
      src={image.src}
      srcSet={image.srcSet}
      // The main column: the viewport less its padding, at most max-w-7xl (80rem) less the same.
      sizes={image.srcSet ? '(min-width: 80rem) 78rem, calc(100vw - 2rem)' : undefined}
      alt={image.alt}
      width={image.width}
      height={image.height}
      fetchPriority="high"
      data-testid="hero-image"
      className="hero mb-8 aspect-[16/5] w-full rounded bg-brand-50 object-cover lg:aspect-[4/1]"
    />
  )
}
