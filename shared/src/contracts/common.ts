import { z } from 'zod';

export const ZId = z.uuid();
export const ZIsoDate = z.string(); // ISO-8601 timestamps (UTC) as sent over JSON
export const ZMoney = z.number().nonnegative().multipleOf(0.01).max(1e10);

export const ZUserRole = z.enum(['OWNER', 'ADMIN', 'AGENT']);
export const ZPlatform = z.enum(['SHOPIFY', 'WOOCOMMERCE', 'BIGCOMMERCE', 'SQUARESPACE', 'WIX', 'CUSTOM', 'SAAS']);
export const ZPlanTier = z.enum(['STARTER', 'GROWTH', 'SCALE', 'ENTERPRISE']);
export const ZChannelType = z.enum(['WIDGET', 'WHATSAPP', 'INSTAGRAM', 'SMS', 'MESSENGER', 'EMAIL']);
export const ZConvStatus = z.enum(['OPEN', 'HANDED_OFF', 'RESOLVED', 'CLOSED']);
export const ZMessageRole = z.enum(['CUSTOMER', 'AI', 'AGENT', 'SYSTEM']);
export const ZDocType = z.enum(['FAQ', 'POLICY', 'MANUAL', 'URL', 'FILE', 'PRODUCT_CATALOG']);
export const ZDocStatus = z.enum(['PENDING', 'PROCESSING', 'READY', 'FAILED']);
export const ZHandoffTrigger = z.enum([
  'LOW_CONFIDENCE',
  'AMBIGUOUS_INTENT',
  'ANGER_DETECTED',
  'EXPLICIT_REQUEST',
  'HIGH_VALUE_AT_RISK',
  'UNRESOLVED_AFTER_3',
  'MANUAL',
  'SYSTEM_ERROR',
]);
export const ZHandoffStatus = z.enum(['PENDING', 'ACTIVE', 'RETURNED_TO_AI', 'RESOLVED']);
export const ZHandoffDestination = z.enum(['LIVE_AGENT', 'TICKET', 'EMAIL']);

export type TUserRole = z.infer<typeof ZUserRole>;
export type TPlatform = z.infer<typeof ZPlatform>;
export type TPlanTier = z.infer<typeof ZPlanTier>;
export type TChannelType = z.infer<typeof ZChannelType>;
export type TConvStatus = z.infer<typeof ZConvStatus>;
export type TMessageRole = z.infer<typeof ZMessageRole>;
export type TDocType = z.infer<typeof ZDocType>;
export type TDocStatus = z.infer<typeof ZDocStatus>;
export type THandoffTrigger = z.infer<typeof ZHandoffTrigger>;
export type THandoffStatus = z.infer<typeof ZHandoffStatus>;
export type THandoffDestination = z.infer<typeof ZHandoffDestination>;

/** Cursor pagination: `cursor` is opaque; `nextCursor` null on the last page. */
export const ZPageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export const zPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const ZIdParams = z.object({ id: ZId });
export type TIdParams = z.infer<typeof ZIdParams>;

/** PATCH version of a create schema: every field optional and no defaults applied, so a field
 *  left out keeps its stored value (zod's `.partial()` would fill defaults back in). */
export function zPatch<S extends z.core.$ZodLooseShape>(schema: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.strictObject(shape) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<S[K]> }, z.core.$strict>;
}

/** Text a person typed: trimmed, non-empty, bounded. */
export const zText = (max: number) => z.string().trim().min(1).max(max);
