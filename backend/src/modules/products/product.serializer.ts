import type { TProduct } from '@convix/shared/contracts';
import type { Product } from '../../generated/prisma/client.js';

export function serializeProduct(p: Product): TProduct {
  return {
    id: p.id, sku: p.sku, name: p.name, description: p.description, price: p.price.toNumber(), currency: p.currency,
    category: p.category, tags: p.tags, inStock: p.inStock, url: p.url, imageUrl: p.imageUrl,
    createdAt: p.createdAt.toISOString(), updatedAt: p.updatedAt.toISOString(),
  };
}
