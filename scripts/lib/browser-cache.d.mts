import type { ServerResponse } from 'node:http'
export function browserCacheControl<T>(value: T): T | string
export function keepBrowsersFresh(res: ServerResponse): void
