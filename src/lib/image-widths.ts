// The narrower copies of a library image that pages offer browsers (srcset), besides the stored image itself
// (at most 1600 px wide): a phone downloads a fifth of a full-width hero's pixels.

export const IMAGE_WIDTHS = [480, 800, 1200] as const

/** Whether `width` is one of the copies offered for an image stored `storedWidth` px wide. */
export function offersWidth(width: number, storedWidth: number): boolean {
  return (IMAGE_WIDTHS as readonly number[]).includes(width) && width < storedWidth
}

/** The srcset of library image `id` stored `storedWidth` px wide: each narrower copy, then the image itself. */
export function imageSrcSet(id: string, storedWidth: number): string {
  return [
    ...IMAGE_WIDTHS.filter((w) => offersWidth(w, storedWidth)).map((w) => `/images/${id}/${w} ${w}w`),
    `/images/${id} ${storedWidth}w`,
  ].join(', ')
}
