import 'server-only'
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024
export const MAX_IMAGE_WIDTH = 1600

export type ImageType = 'png' | 'jpeg' | 'webp'
export type ImageCheck = { ok: true; type: ImageType } | { ok: false; message: string }

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b)

/** Whether bytes are a PNG, JPEG or WebP image of acceptable size, judged by content, never by name. */
export function checkImage(bytes: Uint8Array): ImageCheck {
  if (bytes.byteLength === 0) return { ok: false, message: 'The selected file is empty' }
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, message: 'The image must be smaller than 5 MB' }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { ok: true, type: 'png' }
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ok: true, type: 'jpeg' }
  // RIFF <size> WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return { ok: true, type: 'webp' }
  return { ok: false, message: 'The image must be a PNG, JPEG or WebP file' }
}
