// Product catalog CRUD. Every change asks the AI module (when present) to re-embed the
// catalog; the debounce key folds a burst of edits into one job.
import type { TCreateProductRequest, TProduct, TUpdateProductRequest } from '@convix/shared/contracts';
import { z } from 'zod';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import { serializeProduct } from './product.serializer.js';

export async function productsChanged(c: Container, storeId: string): Promise<void> {
  if (!c.jobDefs.has('products.embed')) return;
  await c.jobs.enqueue('products.embed', { storeId }, { debounceKey: `products.embed:${storeId}`, delayMs: 500 });
}

const ZCursor = z.uuid();
const encodeCursor = (id: string) => Buffer.from(id).toString('base64url');
function decodeCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString();
  if (!ZCursor.safeParse(id).success) throw new AppError('BAD_REQUEST', 'Invalid cursor', [{ path: 'query.cursor', message: 'Invalid cursor' }]);
  return id;
}

export async function listProducts(c: Container, storeId: string, q: { q?: string; cursor?: string; limit: number }) {
  const search = q.q?.trim();
  const rows = await c.prisma.product.findMany({
    where: {
      storeId,
      ...(search ? { OR: [{ name: { contains: search, mode: 'insensitive' } }, { sku: { contains: search, mode: 'insensitive' } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: q.limit + 1,
    ...(q.cursor ? { cursor: { id: decodeCursor(q.cursor) }, skip: 1 } : {}),
  });
  const page = rows.slice(0, q.limit);
  return { items: page.map(serializeProduct), nextCursor: rows.length > q.limit ? encodeCursor(page[page.length - 1].id) : null };
}

export async function createProduct(c: Container, storeId: string, input: TCreateProductRequest): Promise<TProduct> {
  const exists = await c.prisma.product.findUnique({ where: { storeId_sku: { storeId, sku: input.sku } }, select: { id: true } });
  if (exists) throw new AppError('CONFLICT', `A product with SKU "${input.sku}" already exists`, [{ path: 'body.sku', message: 'already in use' }]);
  const row = await c.prisma.product.create({ data: { ...input, storeId } });
  await productsChanged(c, storeId);
  return serializeProduct(row);
}

async function own(c: Container, storeId: string, productId: string) {
  const row = await c.prisma.product.findFirst({ where: { id: productId, storeId }, select: { id: true, sku: true } });
  if (!row) throw AppError.notFound('Product');
  return row;
}

export async function updateProduct(c: Container, storeId: string, productId: string, input: TUpdateProductRequest): Promise<TProduct> {
  const current = await own(c, storeId, productId);
  if (input.sku && input.sku !== current.sku) {
    const clash = await c.prisma.product.findUnique({ where: { storeId_sku: { storeId, sku: input.sku } }, select: { id: true } });
    if (clash) throw new AppError('CONFLICT', `A product with SKU "${input.sku}" already exists`, [{ path: 'body.sku', message: 'already in use' }]);
  }
  const row = await c.prisma.product.update({ where: { id: current.id }, data: input });
  await productsChanged(c, storeId);
  return serializeProduct(row);
}

export async function deleteProduct(c: Container, storeId: string, productId: string): Promise<void> {
  const current = await own(c, storeId, productId);
  await c.prisma.product.delete({ where: { id: current.id } });
  await productsChanged(c, storeId);
}
