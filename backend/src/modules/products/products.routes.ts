// /v1/stores/:storeId/products (+ bulk import).
import {
  ZCreateProductRequest, ZId, ZImportProductsResponse, ZProduct, ZProductListQuery, ZProductListResponse, ZUpdateProductRequest,
} from '@convix/shared/contracts';
import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { defineRoute } from '../../lib/http/route.js';
import { ZStoreParams } from '../stores/stores.routes.js';
import { importProducts, MAX_IMPORT_ROWS, parseCsvRows } from './products.import.js';
import * as products from './products.service.js';

const tags = ['products'];
const ZProductParams = z.object({ storeId: ZId, productId: ZId });
// A JSON array of products, or (multipart) a CSV file in field `file` with no other fields.
const ZImportBody = z.union([z.array(z.unknown()).max(MAX_IMPORT_ROWS), z.strictObject({})]);

export const productRoutes = [
  defineRoute({
    method: 'get', path: '/stores/:storeId/products', summary: 'List products (search by name or SKU, cursor pages)', tags,
    auth: { kind: 'store', permission: 'products:read' }, params: ZStoreParams, query: ZProductListQuery, responses: { 200: ZProductListResponse },
    handler: async ({ c, membership, query }) => products.listProducts(c, membership!.storeId, query),
  }),
  defineRoute({
    method: 'post', path: '/stores/:storeId/products', summary: 'Create a product', tags,
    auth: { kind: 'store', permission: 'products:manage' }, params: ZStoreParams, body: ZCreateProductRequest, status: 201, responses: { 201: ZProduct },
    handler: async ({ c, membership, body }) => products.createProduct(c, membership!.storeId, body),
  }),
  defineRoute({
    method: 'patch', path: '/stores/:storeId/products/:productId', summary: 'Update a product (fields left out are kept)', tags,
    auth: { kind: 'store', permission: 'products:manage' }, params: ZProductParams, body: ZUpdateProductRequest, responses: { 200: ZProduct },
    handler: async ({ c, membership, params, body }) => products.updateProduct(c, membership!.storeId, params.productId, body),
  }),
  defineRoute({
    method: 'delete', path: '/stores/:storeId/products/:productId', summary: 'Delete a product', tags,
    auth: { kind: 'store', permission: 'products:manage' }, params: ZProductParams, status: 204,
    handler: async ({ c, membership, params }) => products.deleteProduct(c, membership!.storeId, params.productId),
  }),
  defineRoute({
    method: 'post', path: '/stores/:storeId/products/import', summary: 'Import products from a JSON array or a CSV file (upsert by SKU)', tags,
    auth: { kind: 'store', permission: 'products:manage' }, params: ZStoreParams, body: ZImportBody, upload: { maxBytes: 5 * 1024 * 1024 },
    responses: { 200: ZImportProductsResponse },
    handler: async ({ c, membership, body, file }) => {
      const rows = file ? parseCsvRows(file.buffer) : Array.isArray(body) ? body : null;
      if (!rows) throw new AppError('BAD_REQUEST', 'Send a JSON array of products, or a CSV file in the multipart field "file"');
      return importProducts(c, membership!.storeId, rows);
    },
  }),
];
