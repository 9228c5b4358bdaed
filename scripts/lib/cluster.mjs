// Pieces of the scale-out set-up on one machine, shared by scripts/start-cluster.mjs (trying it) and
// tests/cluster (testing it): Redis as a cache, and Debian's nginx balancing over N `next start` instances,
// each with a generated config in a temp dir (pid, logs and temp files there too: no root needed).
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx'
export const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server'

/** redis-server's arguments for a cache on a loopback port: LRU eviction, nothing written to disk. */
export function redisServerArgs({ port, dir }) {
  return [
    ...['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    ...['--maxmemory', '256mb', '--maxmemory-policy', 'allkeys-lru', '--dir', dir],
  ]
}

// The paths whose answers depend on who asks, or that take part in signing in and pledging: never served from
// or stored in the micro-cache, whatever their headers say. Next.js marks them private/no-store as well; this is
// the second lock.
export const NEVER_CACHED_PATHS = [
  'admin',
  'portal',
  'pledge',
  'api/auth',
  'api/pledges',
  'api/places',
  'signin',
  'signout',
  'forgot-password',
  'reset-password',
  'invitation',
  'refused',
  'healthz',
  'readyz',
]

// The brotli filter from Debian's libnginx-mod-http-brotli-filter, when installed: loaded by path because the
// generated config does not include /etc/nginx/modules-enabled.
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so'

const COMPRESSIBLE =
  'text/css text/plain text/csv text/xml text/x-component application/javascript application/json ' +
  'application/atom+xml application/xml image/svg+xml'

/**
 * The nginx config docs/DEPLOYMENT.md describes, on loopback: `port` in front of the instances on
 * `upstreamPorts`, with the 1-second micro-cache for public GET responses (decision 0018) unless
 * `microCache: false` (the bench compares both). `upstreamHeader` adds X-Upstream (the instance that answered),
 * for tests. `brotli`: load the brotli filter (default: when its module is installed). `staticDir`: the build's
 * `<distDir>/static`, served by nginx itself at /_next/static with the copies scripts/lib/precompress.mjs wrote.
 */
export function nginxConfig({
  dir,
  port,
  upstreamPorts,
  upstreamHeader = false,
  microCache = true,
  brotli = existsSync(BROTLI_MODULE),
  staticDir,
}) {
  const brotliStatic = brotli && existsSync(BROTLI_STATIC_MODULE)
  const cache = microCache
    ? `
      # The micro-cache (decision 0018): a public answer is kept 1 s, so under load Node renders each page at
      # most once a second whatever the traffic. Next.js's Cache-Control still goes to browsers unchanged.
      proxy_cache micro;
      # HTML, React Server Component payloads and router prefetches of one address never share an entry:
      # Next.js answers them by these request headers (its Vary); client navigations add ?_rsc=… to the URI.
      proxy_cache_key "$scheme|$http_host|$request_uri|$http_rsc|$http_next_router_prefetch|$http_next_router_segment_prefetch|$http_next_router_state_tree|$http_next_url";
      # An answer is kept to the end of the second (by this clock) in which the instance wrote it: nginx sends
      # its clock, the instance answers X-Accel-Expires: @<that second> (scripts/lib/micro-cache-expiry.mjs),
      # which nginx never passes on to the client. "1s" alone would keep it 1 to 2 s (whole seconds); it still
      # applies to an answer without the header.
      proxy_set_header X-Edge-Time $msec;
      proxy_cache_valid 200 301 302 307 308 404 410 1s;
      # Next.js says s-maxage=31536000 on cached pages (for CDNs that purge by tag): ours wins. What says
      # private, no-store or no-cache, or sets a cookie, is still never stored (proxy_no_cache below; nginx
      # itself refuses a Set-Cookie answer).
      proxy_ignore_headers Cache-Control Expires Vary;
      proxy_cache_bypass $micro_skip;
      proxy_no_cache $micro_skip $micro_private_answer;
      # One request renders a missing or expired entry and gets the fresh answer; the others wait for it (lock)
      # or get the old entry while it is refreshed (updating), or when every instance fails (error, 5xx). No
      # background update: the request after expiry would get the old answer too, and a change take one more
      # refresh than the entry's second at most to show (decision 0018).
      proxy_cache_lock on;
      proxy_cache_lock_timeout 10s;
      proxy_cache_lock_age 10s;
      proxy_cache_use_stale updating error timeout http_500 http_502 http_503 http_504;
      proxy_cache_background_update off;
      proxy_cache_revalidate off;
      add_header X-Cache-Status $upstream_cache_status always;
`
    : ''
  return `# Generated by scripts/lib/cluster.mjs; docs/DEPLOYMENT.md has the production version.
${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}${brotliStatic ? `load_module ${BROTLI_STATIC_MODULE};\n` : ''}daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 4096; }
http {
  # $upstream_cache_status: HIT, MISS, EXPIRED, STALE, UPDATING, BYPASS (or - when not cacheable at all).
  log_format edge '$remote_addr [$time_local] "$request" $status $body_bytes_sent $request_time '
                  'cache=$upstream_cache_status upstream=$upstream_addr id=$request_id';
  access_log ${dir}/access.log edge buffer=64k flush=1s;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 8m;

  # Compression here, not in Node: the instances are asked for identity bodies (Accept-Encoding cleared below).
  gzip on;
  gzip_comp_level 5;
  gzip_min_length 1024;
  gzip_vary on;
  gzip_proxied any;
  gzip_types ${COMPRESSIBLE};
${brotli ? `  brotli on;\n  brotli_comp_level 4;\n  brotli_min_length 1024;\n  brotli_types ${COMPRESSIBLE};\n` : ''}
  proxy_cache_path ${dir}/micro levels=1:2 keys_zone=micro:10m max_size=256m inactive=10m use_temp_path=off;

  # Never from or into the micro-cache: a signed-in visitor (Auth.js's session cookie, with or without its
  # __Secure- prefix), any method but GET and HEAD, and the private paths.
  map $http_cookie $micro_signed_in {
    default 0;
    "~(^|;)\\s*(__Secure-|__Host-)?authjs\\.session-token" 1;
  }
  map $request_method $micro_method {
    default 1;
    GET 0;
    HEAD 0;
  }
  map $uri $micro_private_path {
    default 0;
    "~^/(${NEVER_CACHED_PATHS.join('|')})(/|$)" 1;
  }
  map "$micro_signed_in$micro_method$micro_private_path" $micro_skip {
    default 1;
    000 0;
  }
  # An answer marked private, no-store or no-cache is not stored even on a public path.
  map $upstream_http_cache_control $micro_private_answer {
    default 0;
    "~*(private|no-store|no-cache)" 1;
  }
  upstream app {
${upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      # Replaced too: with TRUST_PROXY_HOPS=1 the instance believes it, and a client's own would otherwise reach
      # it, and a cached page, through nginx. The Host as sent, port included (same-origin checks compare it); the
      # micro-cache keys on the same value.
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Request-Id $request_id;
      proxy_set_header Accept-Encoding "";
      # Another instance only when this one is down: a 503 is the database's outage, the same on all of them.
      proxy_next_upstream error timeout http_502;
${cache}${upstreamHeader ? '      add_header X-Upstream $upstream_addr always;\n' : ''}    }
${staticDir ? staticLocation(staticDir, brotliStatic) : ''}    # The process and database checks (decision 0018): never cached, never in the access log.
    location ~ ^/(healthz|readyz)$ {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      access_log off;
    }
  }
}
`
}

/**
 * /_next/static from the build's files: content-hashed, so immutable for a year as Next.js itself says, and sent
 * as the .br/.gz copies written after the build (no compression per request). Every instance serves the same
 * build, so a file missing here is missing there too: nginx's 404.
 */
function staticLocation(staticDir, brotliStatic) {
  return `    location /_next/static/ {
      alias ${path.resolve(staticDir)}/;
      gzip_static on;
${brotliStatic ? '      brotli_static on;\n' : ''}      add_header Cache-Control "public, max-age=31536000, immutable";
      access_log off;
    }
`
}

/** Writes the config and nginx's temp dirs into `dir`; returns nginx's arguments. */
export function prepareNginx({ dir, ...options }) {
  // nginx started as root runs its worker as another user, which must reach the temp dirs.
  chmodSync(dir, 0o755)
  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'micro'])
    mkdirSync(path.join(dir, t), { recursive: true })
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(conf, nginxConfig({ dir, ...options }))
  return { conf, args: ['-c', conf, '-p', dir, '-e', 'stderr'] }
}
