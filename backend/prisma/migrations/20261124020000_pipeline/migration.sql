-- Conversation pipeline: the newest shopper message an AI reply has covered. An ai-reply job
-- persists its reply only if it advances this mark (optimistic claim), so duplicate or
-- concurrent jobs for one conversation never post two answers to the same messages.
ALTER TABLE "Conversation" ADD COLUMN "aiAnsweredThrough" TIMESTAMPTZ(3);
