// Job definitions contributed by the domain modules (see each module's *.jobs.ts).
import type { JobDef } from '../jobs/job.js';
import { passwordResetMailJob } from './auth/password-reset.js';
import { aiReplyJob } from './conversations/conversations.jobs.js';
import { handoffNotifyJob } from './helpdesk/helpdesk.jobs.js';
import { learningJob } from './learning/learning.jobs.js';
import { trainingJobs } from './training/training.jobs.js';

export const moduleJobs: JobDef[] = [passwordResetMailJob, aiReplyJob, handoffNotifyJob, learningJob, ...trainingJobs];
