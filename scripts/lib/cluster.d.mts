// Types for cluster.mjs, for the TypeScript test setup.
export const NGINX: string
export const REDIS_SERVER: string
export function redisServerArgs(options: { port: number; dir: string }): string[]
type NginxOptions = { dir: string; port: number; upstreamPorts: number[]; upstreamHeader?: boolean }
export function nginxConfig(options: NginxOptions): string
export function prepareNginx(options: NginxOptions): { conf: string; args: string[] }
