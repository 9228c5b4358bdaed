export function findFrameworkScripts(
  html: string,
  rscData: Buffer | string | null | undefined,
): { trusted: Set<number>; rejected: string[] }
export function stampScripts(html: string, positions: Set<number>, nonce: string): string
export function stampPreloads(html: string, nonce: string): string
export function stampCachedPage(value: unknown): string[]
