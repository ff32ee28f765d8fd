import { z } from 'zod';
import { ZId, ZIsoDate, ZMoney, zPatch } from './common';

export const ZProduct = z.object({
  id: ZId,
  sku: z.string(),
  name: z.string(),
  description: z.string(),
  price: z.number(),
  currency: z.string(),
  category: z.string().nullable(),
  tags: z.array(z.string()),
  inStock: z.boolean(),
  url: z.string().nullable(),
  imageUrl: z.string().nullable(),
  createdAt: ZIsoDate,
  updatedAt: ZIsoDate,
});
export type TProduct = z.infer<typeof ZProduct>;

export const ZProductInput = z.strictObject({
  sku: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(5000).default(''),
  price: z.coerce.number().pipe(ZMoney),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'a 3-letter ISO currency').default('USD'),
  category: z.string().trim().max(100).nullable().optional(),
  tags: z.array(z.string().trim().min(1).max(50)).max(30).default([]),
  inStock: z.boolean().default(true),
  url: z.url().max(2000).nullable().optional(),
  imageUrl: z.url().max(2000).nullable().optional(),
});
export const ZCreateProductRequest = ZProductInput;
export const ZUpdateProductRequest = zPatch(ZProductInput);
export type TCreateProductRequest = z.infer<typeof ZCreateProductRequest>;
export type TUpdateProductRequest = z.infer<typeof ZUpdateProductRequest>;

export const ZProductListQuery = z.object({
  q: z.string().max(200).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const ZProductListResponse = z.object({ items: z.array(ZProduct), nextCursor: z.string().nullable() });

export const ZImportProductsResponse = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  failed: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), sku: z.string().nullable(), errors: z.array(z.object({ path: z.string(), message: z.string() })) })),
});
export type TImportProductsResponse = z.infer<typeof ZImportProductsResponse>;
