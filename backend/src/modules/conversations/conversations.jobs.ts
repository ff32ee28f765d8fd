// ai-reply: one AI turn for a conversation's unanswered shopper messages (debounced per
// conversation by the producer). Retries back off; the final failure hands off (SYSTEM_ERROR).
import { z } from 'zod';
import { defineJob } from '../../jobs/job.js';
import { handleAiFailure, recordAiFailure, runAiReply } from './ai-reply.service.js';

export const aiReplyJob = defineJob({
  name: 'ai-reply',
  schema: z.object({ conversationId: z.uuid() }),
  attempts: 3,
  backoffMs: 500,
  handler: async ({ conversationId }, { c }) => {
    try {
      await runAiReply(c, conversationId);
    } catch (err) {
      await recordAiFailure(c, conversationId).catch(() => undefined);
      throw err;
    }
  },
  onFinalFailure: ({ conversationId }, err, { c }) => handleAiFailure(c, conversationId, err),
});
