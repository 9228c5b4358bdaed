// Types for job-run.mjs.
export function runJob(
  job: string,
  main: () => Promise<unknown>,
  options?: { dir?: string; now?: () => number },
): Promise<boolean>
