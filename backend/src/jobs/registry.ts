// Every job the system runs, in one place. Modules export their JobDefs; this lists them.
import type { JobDef } from './job.js';
import { moduleJobs } from '../modules/jobs.js';

export function buildJobRegistry(extra: JobDef[] = []): Map<string, JobDef> {
  const map = new Map<string, JobDef>();
  for (const def of [...moduleJobs, ...extra]) {
    if (map.has(def.name)) throw new Error(`duplicate job ${def.name}`);
    map.set(def.name, def);
  }
  return map;
}
