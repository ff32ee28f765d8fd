-- Convix initial schema. Kept by hand in Prisma's layout; mirrors prisma/schema.prisma.
CREATE EXTENSION IF NOT EXISTS "vector";

CREATE TYPE "UserRole" AS ENUM ('OWNER', 'ADMIN', 'AGENT');
CREATE TYPE "Platform" AS ENUM ('SHOPIFY', 'WOOCOMMERCE', 'BIGCOMMERCE', 'SQUARESPACE', 'WIX', 'CUSTOM', 'SAAS');
CREATE TYPE "PlanTier" AS ENUM ('STARTER', 'GROWTH', 'SCALE', 'ENTERPRISE');
CREATE TYPE "ChannelType" AS ENUM ('WIDGET', 'WHATSAPP', 'INSTAGRAM', 'SMS', 'MESSENGER', 'EMAIL');
CREATE TYPE "ConvStatus" AS ENUM ('OPEN', 'HANDED_OFF', 'RESOLVED', 'CLOSED');
CREATE TYPE "MessageRole" AS ENUM ('CUSTOMER', 'AI', 'AGENT', 'SYSTEM');
CREATE TYPE "DocType" AS ENUM ('FAQ', 'POLICY', 'MANUAL', 'URL', 'FILE', 'PRODUCT_CATALOG');
CREATE TYPE "DocStatus" AS ENUM ('PENDING', 'PROCESSING', 'READY', 'FAILED');
CREATE TYPE "HandoffTrigger" AS ENUM ('LOW_CONFIDENCE', 'AMBIGUOUS_INTENT', 'ANGER_DETECTED', 'EXPLICIT_REQUEST', 'HIGH_VALUE_AT_RISK', 'UNRESOLVED_AFTER_3', 'MANUAL', 'SYSTEM_ERROR');
CREATE TYPE "HandoffStatus" AS ENUM ('PENDING', 'ACTIVE', 'RETURNED_TO_AI', 'RESOLVED');
CREATE TYPE "HandoffDestination" AS ENUM ('LIVE_AGENT', 'TICKET', 'EMAIL');
CREATE TYPE "InboundStatus" AS ENUM ('RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED');

CREATE TABLE "User" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

CREATE TABLE "RefreshToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "familyId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "rotatedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "revokedReason" TEXT,
    "userAgent" TEXT,
    "ip" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "RefreshToken_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "RefreshToken_tokenHash_key" ON "RefreshToken"("tokenHash");
CREATE INDEX "RefreshToken_userId_idx" ON "RefreshToken"("userId");
CREATE INDEX "RefreshToken_familyId_idx" ON "RefreshToken"("familyId");

CREATE TABLE "PasswordResetToken" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PasswordResetToken_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "PasswordResetToken_tokenHash_key" ON "PasswordResetToken"("tokenHash");
CREATE INDEX "PasswordResetToken_userId_idx" ON "PasswordResetToken"("userId");

CREATE TABLE "Store" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "domain" TEXT,
    "platform" "Platform" NOT NULL DEFAULT 'CUSTOM',
    "plan" "PlanTier" NOT NULL DEFAULT 'STARTER',
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "widgetDomains" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Store_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "StoreMember" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID NOT NULL,
    "userId" UUID,
    "email" TEXT NOT NULL,
    "role" "UserRole" NOT NULL DEFAULT 'AGENT',
    "invitationTokenHash" TEXT,
    "invitationExpiresAt" TIMESTAMPTZ(3),
    "invitedById" UUID,
    "acceptedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "StoreMember_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "StoreMember_invitationTokenHash_key" ON "StoreMember"("invitationTokenHash");
CREATE UNIQUE INDEX "StoreMember_storeId_email_key" ON "StoreMember"("storeId", "email");
CREATE INDEX "StoreMember_storeId_idx" ON "StoreMember"("storeId");
CREATE INDEX "StoreMember_userId_idx" ON "StoreMember"("userId");

CREATE TABLE "StoreSettings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID NOT NULL,
    "brandVoice" TEXT NOT NULL DEFAULT 'Friendly, helpful and concise',
    "forbiddenTopics" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "confidenceThreshold" DOUBLE PRECISION NOT NULL DEFAULT 0.65,
    "handoffDestination" "HandoffDestination" NOT NULL DEFAULT 'LIVE_AGENT',
    "businessHoursStart" TEXT NOT NULL DEFAULT '09:00',
    "businessHoursEnd" TEXT NOT NULL DEFAULT '17:00',
    "businessHoursTimezone" TEXT NOT NULL DEFAULT 'UTC',
    "highValueCartThreshold" DECIMAL(12,2) NOT NULL DEFAULT 500,
    "widgetConfig" JSONB NOT NULL DEFAULT '{}',
    "helpdeskConfigEncrypted" TEXT,
    "helpdeskConfigKeyId" TEXT,
    "helpdeskConfigMasked" JSONB NOT NULL DEFAULT '{}',
    "handoffEmail" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "StoreSettings_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "StoreSettings_storeId_key" ON "StoreSettings"("storeId");

CREATE TABLE "Customer" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "phone" TEXT,
    "whatsappId" TEXT,
    "instagramId" TEXT,
    "messengerId" TEXT,
    "visitorId" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Customer_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Customer_storeId_email_key" ON "Customer"("storeId", "email");
CREATE UNIQUE INDEX "Customer_storeId_phone_key" ON "Customer"("storeId", "phone");
CREATE UNIQUE INDEX "Customer_storeId_whatsappId_key" ON "Customer"("storeId", "whatsappId");
CREATE UNIQUE INDEX "Customer_storeId_instagramId_key" ON "Customer"("storeId", "instagramId");
CREATE UNIQUE INDEX "Customer_storeId_messengerId_key" ON "Customer"("storeId", "messengerId");
CREATE UNIQUE INDEX "Customer_storeId_visitorId_key" ON "Customer"("storeId", "visitorId");
CREATE INDEX "Customer_storeId_idx" ON "Customer"("storeId");

CREATE TABLE "Channel" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID NOT NULL,
    "type" "ChannelType" NOT NULL,
    "name" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "externalId" TEXT,
    "configEncrypted" TEXT,
    "configKeyId" TEXT,
    "configMasked" JSONB NOT NULL DEFAULT '{}',
    "lastTestedAt" TIMESTAMPTZ(3),
    "lastTestOk" BOOLEAN,
    "lastTestError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Channel_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Channel_type_externalId_key" ON "Channel"("type", "externalId");
CREATE INDEX "Channel_storeId_idx" ON "Channel"("storeId");

CREATE TABLE "Conversation" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "channel" "ChannelType" NOT NULL,
    "channelId" UUID,
    "status" "ConvStatus" NOT NULL DEFAULT 'OPEN',
    "assignedAgentId" UUID,
    "subject" TEXT,
    "externalThreadId" TEXT,
    "sentiment" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "purchaseIntent" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "cartValue" DECIMAL(12,2),
    "revenueAttributed" DECIMAL(12,2) NOT NULL DEFAULT 0,
    "unresolvedCount" INTEGER NOT NULL DEFAULT 0,
    "clarifyCount" INTEGER NOT NULL DEFAULT 0,
    "aiFailureCount" INTEGER NOT NULL DEFAULT 0,
    "aiContextFrom" TIMESTAMPTZ(3),
    "unreadCount" INTEGER NOT NULL DEFAULT 0,
    "lastMessageAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Conversation_customerId_channel_key" ON "Conversation"("customerId", "channel");
CREATE INDEX "Conversation_storeId_lastMessageAt_idx" ON "Conversation"("storeId", "lastMessageAt");
CREATE INDEX "Conversation_storeId_status_idx" ON "Conversation"("storeId", "status");

CREATE TABLE "Message" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "role" "MessageRole" NOT NULL,
    "content" TEXT NOT NULL,
    "isInternal" BOOLEAN NOT NULL DEFAULT false,
    "authorId" UUID,
    "clientMessageId" TEXT,
    "providerMessageId" TEXT,
    "deliveryStatus" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Message_conversationId_clientMessageId_key" ON "Message"("conversationId", "clientMessageId");
CREATE INDEX "Message_conversationId_createdAt_idx" ON "Message"("conversationId", "createdAt");
CREATE INDEX "Message_storeId_createdAt_idx" ON "Message"("storeId", "createdAt");

CREATE TABLE "Handoff" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "trigger" "HandoffTrigger" NOT NULL,
    "status" "HandoffStatus" NOT NULL DEFAULT 'PENDING',
    "destination" "HandoffDestination" NOT NULL DEFAULT 'LIVE_AGENT',
    "summary" TEXT NOT NULL,
    "agentId" UUID,
    "ticketProvider" TEXT,
    "ticketExternalId" TEXT,
    "learningNote" TEXT,
    "learnedAt" TIMESTAMPTZ(3),
    "joinedAt" TIMESTAMPTZ(3),
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Handoff_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Handoff_storeId_createdAt_idx" ON "Handoff"("storeId", "createdAt");
CREATE INDEX "Handoff_conversationId_idx" ON "Handoff"("conversationId");

CREATE TABLE "TrainingDoc" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID NOT NULL,
    "type" "DocType" NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL DEFAULT '',
    "sourceUrl" TEXT,
    "fileName" TEXT,
    "mimeType" TEXT,
    "status" "DocStatus" NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "contentHash" TEXT,
    "chunkCount" INTEGER NOT NULL DEFAULT 0,
    "options" JSONB NOT NULL DEFAULT '{}',
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "TrainingDoc_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "TrainingDoc_storeId_idx" ON "TrainingDoc"("storeId");

CREATE TABLE "TrainingChunk" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID NOT NULL,
    "docId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "tokenCount" INTEGER NOT NULL,
    "embedding" vector(512),
    "embeddingModel" TEXT NOT NULL,
    "tsv" tsvector GENERATED ALWAYS AS (to_tsvector('english', "content")) STORED,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TrainingChunk_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "TrainingChunk_storeId_idx" ON "TrainingChunk"("storeId");
CREATE INDEX "TrainingChunk_docId_idx" ON "TrainingChunk"("docId");
CREATE INDEX "TrainingChunk_embedding_hnsw_idx" ON "TrainingChunk" USING hnsw ("embedding" vector_cosine_ops);
CREATE INDEX "TrainingChunk_tsv_idx" ON "TrainingChunk" USING gin ("tsv");

CREATE TABLE "Product" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "price" DECIMAL(12,2) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',
    "category" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "inStock" BOOLEAN NOT NULL DEFAULT true,
    "url" TEXT,
    "imageUrl" TEXT,
    "embedding" vector(512),
    "embeddingModel" TEXT,
    "tsv" tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce("name", '') || ' ' || coalesce("category", '') || ' ' || coalesce("description", ''))) STORED,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Product_storeId_sku_key" ON "Product"("storeId", "sku");
CREATE INDEX "Product_storeId_idx" ON "Product"("storeId");
CREATE INDEX "Product_embedding_hnsw_idx" ON "Product" USING hnsw ("embedding" vector_cosine_ops);
CREATE INDEX "Product_tsv_idx" ON "Product" USING gin ("tsv");

CREATE TABLE "InboundEvent" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID,
    "channel" "ChannelType" NOT NULL,
    "providerMessageId" TEXT NOT NULL,
    "status" "InboundStatus" NOT NULL DEFAULT 'RECEIVED',
    "payload" JSONB NOT NULL,
    "error" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMPTZ(3),
    CONSTRAINT "InboundEvent_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "InboundEvent_channel_providerMessageId_key" ON "InboundEvent"("channel", "providerMessageId");
CREATE INDEX "InboundEvent_storeId_idx" ON "InboundEvent"("storeId");

CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID,
    "userId" UUID,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "metadata" JSONB NOT NULL DEFAULT '{}',
    "ip" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AuditLog_storeId_createdAt_idx" ON "AuditLog"("storeId", "createdAt");
CREATE INDEX "AuditLog_userId_idx" ON "AuditLog"("userId");

CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "storeId" UUID,
    "kind" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "OutboxMessage_storeId_createdAt_idx" ON "OutboxMessage"("storeId", "createdAt");
CREATE INDEX "OutboxMessage_kind_createdAt_idx" ON "OutboxMessage"("kind", "createdAt");

-- Foreign keys
ALTER TABLE "RefreshToken" ADD CONSTRAINT "RefreshToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PasswordResetToken" ADD CONSTRAINT "PasswordResetToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StoreMember" ADD CONSTRAINT "StoreMember_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StoreMember" ADD CONSTRAINT "StoreMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StoreSettings" ADD CONSTRAINT "StoreSettings_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Customer" ADD CONSTRAINT "Customer_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Channel" ADD CONSTRAINT "Channel_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "Channel"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_assignedAgentId_fkey" FOREIGN KEY ("assignedAgentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Message" ADD CONSTRAINT "Message_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Message" ADD CONSTRAINT "Message_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Handoff" ADD CONSTRAINT "Handoff_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Handoff" ADD CONSTRAINT "Handoff_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Handoff" ADD CONSTRAINT "Handoff_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "TrainingDoc" ADD CONSTRAINT "TrainingDoc_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrainingChunk" ADD CONSTRAINT "TrainingChunk_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TrainingChunk" ADD CONSTRAINT "TrainingChunk_docId_fkey" FOREIGN KEY ("docId") REFERENCES "TrainingDoc"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Product" ADD CONSTRAINT "Product_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "InboundEvent" ADD CONSTRAINT "InboundEvent_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "Store"("id") ON DELETE CASCADE ON UPDATE CASCADE;
