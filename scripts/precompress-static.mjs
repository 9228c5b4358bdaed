// `node scripts/precompress-static.mjs [distDir]`: gzip and brotli copies of the build's static files for nginx
// (docs/DEPLOYMENT.md). Run after `npm run build`; `npm run start:cluster` runs it itself.
import path from 'node:path'
import { precompressStatic } from './lib/precompress.mjs'

const distDir = process.argv[2] ?? process.env.NEXT_DIST_DIR ?? '.next'
const started = Date.now()
const count = precompressStatic(path.join(distDir, 'static'))
console.log(`Precompressed ${count} static files in ${distDir}/static (${Date.now() - started} ms).`)
