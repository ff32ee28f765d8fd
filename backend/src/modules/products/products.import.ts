// Bulk import from a JSON array or a CSV file. Each row is validated on its own: bad rows are
// reported with their errors, good rows are upserted by SKU in one transaction.
import { ZProductInput, type TImportProductsResponse } from '@convix/shared/contracts';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Container } from '../../container.js';
import { AppError } from '../../lib/app-error.js';
import { unstorableText } from '../../lib/http/unstorable-text.js';
import { productsChanged } from './products.service.js';

export const MAX_IMPORT_ROWS = 5000;

// CSV header (lower-cased, punctuation removed) → product field.
const COLUMNS: Record<string, string> = {
  sku: 'sku', name: 'name', title: 'name', description: 'description', price: 'price', currency: 'currency',
  category: 'category', tags: 'tags', instock: 'inStock', url: 'url', imageurl: 'imageUrl', image: 'imageUrl',
};
const TRUE = new Set(['true', 'yes', 'y', '1', 'in stock']);
const FALSE = new Set(['false', 'no', 'n', '0', 'out of stock']);

/** CSV cells are strings: turn them into the JSON shape the product schema expects. */
function csvRecordToRow(record: Record<string, string>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [header, raw] of Object.entries(record)) {
    const field = COLUMNS[header.toLowerCase().replace(/[^a-z]/g, '')];
    const value = raw.trim();
    if (!field || value === '') continue; // unknown columns (platform exports have many) and blanks are skipped
    if (field === 'tags') row.tags = value.split(/[;|,]/).map((t) => t.trim()).filter(Boolean);
    else if (field === 'inStock') row.inStock = TRUE.has(value.toLowerCase()) ? true : FALSE.has(value.toLowerCase()) ? false : value;
    else row[field] = value;
  }
  return row;
}

export function parseCsvRows(buffer: Buffer): Record<string, unknown>[] {
  let records: Record<string, string>[];
  try {
    records = parseCsv(buffer, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true, max_record_size: 100_000 });
  } catch (err) {
    throw new AppError('BAD_REQUEST', `The CSV file could not be read: ${(err as Error).message.slice(0, 200)}`);
  }
  if (records.length > MAX_IMPORT_ROWS) throw new AppError('PAYLOAD_TOO_LARGE', `At most ${MAX_IMPORT_ROWS} rows per import`);
  return records.map(csvRecordToRow);
}

export async function importProducts(c: Container, storeId: string, rows: unknown[]): Promise<TImportProductsResponse> {
  if (rows.length > MAX_IMPORT_ROWS) throw new AppError('PAYLOAD_TOO_LARGE', `At most ${MAX_IMPORT_ROWS} rows per import`);
  const errors: TImportProductsResponse['errors'] = [];
  // Later rows with the same SKU win; `present` remembers which fields the row really had, so
  // a re-import without e.g. a description column does not blank existing descriptions.
  const valid = new Map<string, { data: ReturnType<typeof ZProductInput.parse>; present: string[] }>();
  rows.forEach((raw, i) => {
    const obj = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null;
    const result = ZProductInput.safeParse(obj ?? raw);
    const unstorable = unstorableText(raw, 'row');
    if (!result.success || unstorable) {
      const sku = typeof obj?.sku === 'string' && !unstorable ? obj.sku.slice(0, 64) : null;
      const issues = result.success ? [] : result.error.issues.map((e) => ({ path: e.path.join('.') || '(row)', message: e.message }));
      if (unstorable) issues.push({ path: unstorable.path.replace(/^row\.?/, '') || '(row)', message: unstorable.message });
      errors.push({ row: i + 1, sku, errors: issues });
      return;
    }
    valid.set(result.data.sku, { data: result.data, present: Object.keys(obj ?? {}) });
  });

  const skus = [...valid.keys()];
  const existing = new Set(
    (await c.prisma.product.findMany({ where: { storeId, sku: { in: skus } }, select: { sku: true } })).map((p) => p.sku),
  );
  await c.prisma.$transaction(async (tx) => {
    const fresh = skus.filter((s) => !existing.has(s)).map((s) => ({ ...valid.get(s)!.data, storeId }));
    if (fresh.length) await tx.product.createMany({ data: fresh });
    for (const sku of skus.filter((s) => existing.has(s))) {
      const { data, present } = valid.get(sku)!;
      const patch = Object.fromEntries(Object.entries(data).filter(([k]) => present.includes(k)));
      await tx.product.update({ where: { storeId_sku: { storeId, sku } }, data: patch });
    }
  }, { timeout: 60_000 });
  if (skus.length) await productsChanged(c, storeId);
  return { created: skus.length - existing.size, updated: existing.size, failed: errors.length, errors };
}
