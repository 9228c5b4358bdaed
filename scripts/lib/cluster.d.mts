// Types for cluster.mjs, for the TypeScript test setup.
export const NGINX: string
export const REDIS_SERVER: string
export const BROTLI_MODULE: string
export const BROTLI_STATIC_MODULE: string
export function redisServerArgs(options: { port: number; dir: string }): string[]
type NginxOptions = {
  dir: string
  port: number
  upstreamPorts: number[]
  upstreamHeader?: boolean
  microCache?: boolean
  brotli?: boolean
  staticDir?: string
}
export function nginxConfig(options: NginxOptions): string
export function prepareNginx(options: NginxOptions): { conf: string; args: string[] }
