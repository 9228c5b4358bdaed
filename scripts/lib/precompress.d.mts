export function precompressStatic(staticDir: string): number
