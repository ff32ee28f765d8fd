// Job definitions contributed by the domain modules (see each module's *.jobs.ts).
import type { JobDef } from '../jobs/job.js';
import { passwordResetMailJob } from './auth/password-reset.js';

export const moduleJobs: JobDef[] = [passwordResetMailJob];
