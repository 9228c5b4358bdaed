// Stands in for the `server-only` package, whose real export throws outside a React server build.
export {}
