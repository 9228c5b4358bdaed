// The Content-Security-Policy of every HTML page (docs/decisions/0013-content-security-policy.md). Plain
// JavaScript: the cache handler (src/cache-handler.mjs), which Next.js loads without bundling, uses it too.

/** A fresh nonce: 128 random bits in base64, the form Next.js looks for in a request's policy. */
export function createNonce() {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/**
 * The policy for a page whose scripts carry `nonce`. Scripts: only those with the nonce, and what they load
 * ('strict-dynamic': the framework's chunks, loaded by its runtime). Styles: our stylesheets; inline style
 * attributes stay allowed (React `style` props), `<style>` elements do not. Images: ours and any https image
 * (content pages embed https images by design).
 */
export function contentSecurityPolicy(nonce) {
  // React's development build evaluates code for its debugging aids (Next.js documents this exception).
  const devEval = process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'${devEval}`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' https:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}
