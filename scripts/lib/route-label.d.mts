// Types for route-label.mjs.
type Route = { page: string; regex: string }
export type RoutesManifest = { staticRoutes?: Route[]; dynamicRoutes?: Route[] }

export function createRouteLabeler(manifest: RoutesManifest): (url: string) => string
export function routeLabelerFor(distDir: string): (url: string) => string
