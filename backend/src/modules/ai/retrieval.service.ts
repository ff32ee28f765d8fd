// Hybrid retrieval: pgvector HNSW cosine search + Postgres full-text search (websearch_to_tsquery,
// ts_rank_cd), fused with reciprocal rank fusion, always filtered by store and embedding model.
// A light lexical rerank (query coverage) then orders the fused candidates.
import { toVectorLiteral } from './embedding-provider.js';
import { coverage, indexText, poolIdf, queryTerms, type TextIndex } from './support.js';
import { conceptWords, contentTokens } from './text.js';
import type { AiDeps } from './types.js';

const RRF_K = 60;

export interface KnowledgeHit {
  chunkId: string;
  docId: string;
  title: string;
  docType: string;
  content: string;
  score: number;
  vectorScore: number | null;
  textScore: number | null;
  coverage: number;
  index: TextIndex;
  metadata: Record<string, unknown>;
}

export interface ProductHit {
  productId: string;
  sku: string;
  name: string;
  description: string;
  category: string | null;
  tags: string[];
  price: number;
  currency: string;
  inStock: boolean;
  url: string | null;
  score: number;
  vectorScore: number | null;
  textScore: number | null;
  coverage: number;
  index: TextIndex;
}

/** websearch_to_tsquery input: content words OR-ed, so partial matches still rank. */
export function ftsQuery(text: string): string {
  const ws = new Set<string>();
  for (const t of contentTokens(text)) {
    if (/^[a-z0-9]+$/.test(t.word)) ws.add(t.word);
    // Concepts add their synonyms, so "broken" also finds "defects" and "sent" finds "deliver".
    for (const c of t.concepts) {
      for (const w of c.startsWith('@') ? conceptWords(c, 6) : [c]) if (/^[a-z]+$/.test(w) && w.length > 1) ws.add(w);
    }
  }
  return [...ws].slice(0, 60).join(' or ');
}

function fuse<T extends { vrank: number | null; trank: number | null }>(rows: T[]) {
  return rows.map((r) => ({ ...r, rrf: (r.vrank ? 1 / (RRF_K + Number(r.vrank)) : 0) + (r.trank ? 1 / (RRF_K + Number(r.trank)) : 0) }));
}

export async function searchKnowledge(
  deps: AiDeps,
  args: { storeId: string; query: string; topK?: number; candidates?: number; all?: boolean },
): Promise<KnowledgeHit[]> {
  const topK = args.topK ?? 5;
  const limit = Math.max(args.candidates ?? 40, topK * 3);
  const { embedding } = deps.providers;
  const [vec] = await embedding.embed([args.query]);
  const rows = await deps.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `WITH v AS (
       SELECT id, dist, row_number() OVER (ORDER BY dist) AS vrank FROM (
         SELECT c.id, c.embedding <=> $2::vector AS dist FROM "TrainingChunk" c
         WHERE c."storeId" = $1::uuid AND c."embeddingModel" = $3 AND c.embedding IS NOT NULL
         ORDER BY c.embedding <=> $2::vector LIMIT $5) x
     ), t AS (
       SELECT id, rank, row_number() OVER (ORDER BY rank DESC) AS trank FROM (
         SELECT c.id, ts_rank_cd(c.tsv, q) AS rank FROM "TrainingChunk" c, websearch_to_tsquery('english', $4) q
         WHERE c."storeId" = $1::uuid AND c.tsv @@ q
         ORDER BY rank DESC LIMIT $5) y
     )
     SELECT c.id AS "chunkId", c."docId", d.title, d.type::text AS "docType", c.content, c.metadata,
            1 - v.dist AS "vectorScore", t.rank AS "textScore", v.vrank, t.trank
     FROM v FULL OUTER JOIN t ON t.id = v.id
     JOIN "TrainingChunk" c ON c.id = coalesce(v.id, t.id)
     JOIN "TrainingDoc" d ON d.id = c."docId"`,
    args.storeId, toVectorLiteral(vec), embedding.model, ftsQuery(args.query) || 'nothing', limit,
  );
  const terms = queryTerms(args.query);
  const fused = fuse(rows as never as { vrank: number | null; trank: number | null }[]) as unknown as (Record<string, unknown> & { rrf: number })[];
  const maxRrf = Math.max(1e-9, ...fused.map((r) => r.rrf));
  const indexes = fused.map((r) => indexText(`${r.title}. ${r.content}`));
  // Ranking uses rarity-weighted coverage (rare words like "broken" outweigh common ones like
  // "jacket"); the unweighted coverage stays available for the confidence score.
  const idf = poolIdf(terms, indexes);
  return fused
    .map((r, i) => {
      const index = indexes[i];
      const cov = coverage(terms, index);
      const rankCov = coverage(terms, index, idf);
      const vs = r.vectorScore == null ? null : Number(r.vectorScore);
      return {
        chunkId: String(r.chunkId), docId: String(r.docId), title: String(r.title), docType: String(r.docType),
        content: String(r.content), metadata: (r.metadata ?? {}) as Record<string, unknown>,
        vectorScore: vs, textScore: r.textScore == null ? null : Number(r.textScore), coverage: +cov.toFixed(3), index,
        // Fused rank is the backbone; coverage breaks ties toward chunks that answer every part.
        score: +(0.45 * (r.rrf / maxRrf) + 0.35 * rankCov + 0.2 * Math.max(0, vs ?? 0)).toFixed(4),
      };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, args.all ? undefined : topK);
}

export async function searchProducts(
  deps: AiDeps,
  args: { storeId: string; query: string; topK?: number },
): Promise<ProductHit[]> {
  const topK = args.topK ?? 5;
  const limit = Math.max(20, topK * 3);
  const { embedding } = deps.providers;
  const [vec] = await embedding.embed([args.query]);
  const rows = await deps.prisma.$queryRawUnsafe<Record<string, unknown>[]>(
    `WITH v AS (
       SELECT id, dist, row_number() OVER (ORDER BY dist) AS vrank FROM (
         SELECT p.id, p.embedding <=> $2::vector AS dist FROM "Product" p
         WHERE p."storeId" = $1::uuid AND p."embeddingModel" = $3 AND p.embedding IS NOT NULL
         ORDER BY p.embedding <=> $2::vector LIMIT $5) x
     ), t AS (
       SELECT id, rank, row_number() OVER (ORDER BY rank DESC) AS trank FROM (
         SELECT p.id, ts_rank_cd(p.tsv, q) AS rank FROM "Product" p, websearch_to_tsquery('english', $4) q
         WHERE p."storeId" = $1::uuid AND p.tsv @@ q
         ORDER BY rank DESC LIMIT $5) y
     )
     SELECT p.id AS "productId", p.sku, p.name, p.description, p.category, p.tags, p.price::float8 AS price, p.currency,
            p."inStock", p.url, 1 - v.dist AS "vectorScore", t.rank AS "textScore", v.vrank, t.trank
     FROM v FULL OUTER JOIN t ON t.id = v.id
     JOIN "Product" p ON p.id = coalesce(v.id, t.id)`,
    args.storeId, toVectorLiteral(vec), embedding.model, ftsQuery(args.query) || 'nothing', limit,
  );
  const terms = queryTerms(args.query);
  const fused = fuse(rows as never as { vrank: number | null; trank: number | null }[]) as unknown as (Record<string, unknown> & { rrf: number })[];
  const maxRrf = Math.max(1e-9, ...fused.map((r) => r.rrf));
  return fused
    .map((r) => {
      const tags = (r.tags as string[] | null) ?? [];
      const index = indexText(productText({ name: String(r.name), category: r.category as string | null, description: String(r.description), tags }), { negation: true });
      const cov = coverage(terms, index);
      const vs = r.vectorScore == null ? null : Number(r.vectorScore);
      return {
        productId: String(r.productId), sku: String(r.sku), name: String(r.name), description: String(r.description),
        category: (r.category as string | null) ?? null, tags, price: Number(r.price), currency: String(r.currency),
        inStock: Boolean(r.inStock), url: (r.url as string | null) ?? null,
        vectorScore: vs, textScore: r.textScore == null ? null : Number(r.textScore), coverage: +cov.toFixed(3), index,
        score: +(0.45 * (r.rrf / maxRrf) + 0.35 * cov + 0.2 * Math.max(0, vs ?? 0)).toFixed(4),
      };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, topK);
}

/** The text a product is embedded and matched by. */
export function productText(p: { name: string; category?: string | null; description?: string; tags?: string[] }): string {
  return [p.name, p.category ?? '', p.description ?? '', (p.tags ?? []).join(', ')].filter(Boolean).join('. ');
}
