// Gzip and brotli copies of the build's static files (`<distDir>/static`, served at /_next/static), written once
// after a build so that nginx sends them as they are (gzip_static, brotli_static) instead of compressing the same
// bytes for every visitor. Node's own zlib: no dependency. The files are content-hashed and immutable, so a copy
// newer than its file is kept.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|html|map)$/
// Smaller than this, compressing saves less than its headers cost (nginx's gzip_min_length says the same).
const MIN_BYTES = 1024

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* filesUnder(full)
    else if (entry.isFile()) yield full
  }
}

const fresh = (copy, mtimeMs) => {
  try {
    return statSync(copy).mtimeMs >= mtimeMs
  } catch {
    return false
  }
}

/** Writes `file.gz` and `file.br` beside each compressible static file; returns how many files it compressed. */
export function precompressStatic(staticDir) {
  let written = 0
  for (const file of filesUnder(staticDir)) {
    if (!COMPRESSIBLE.test(file)) continue
    const { size, mtimeMs } = statSync(file)
    if (size < MIN_BYTES || (fresh(`${file}.gz`, mtimeMs) && fresh(`${file}.br`, mtimeMs))) continue
    const bytes = readFileSync(file)
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: 9 }))
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: size,
        },
      }),
    )
    written++
  }
  return written
}
