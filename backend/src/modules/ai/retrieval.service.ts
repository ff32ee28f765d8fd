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

/**
 * The two candidate lists (vector by cosine distance, full text by ts_rank_cd) for one store,
 * joined so each row carries both ranks. Runs with pgvector's iterative HNSW scan: the index is
 * shared by every store and filtered afterwards, so without it a small store's nearest
 * neighbours can be crowded out of the first `ef_search` candidates by other stores' rows.
 */
async function hybridCandidates(
  deps: AiDeps,
  q: { table: 'TrainingChunk' | 'Product'; storeId: string; query: string; limit: number; select: string; join?: string },
): Promise<Record<string, unknown>[]> {
  const { embedding } = deps.providers;
  const [vec] = await embedding.embed([q.query]);
  const sql = `WITH v AS (
       SELECT id, dist, row_number() OVER (ORDER BY dist) AS vrank FROM (
         SELECT x.id, x.embedding <=> $2::vector AS dist FROM "${q.table}" x
         WHERE x."storeId" = $1::uuid AND x."embeddingModel" = $3 AND x.embedding IS NOT NULL
         ORDER BY x.embedding <=> $2::vector LIMIT $5) a
     ), t AS (
       SELECT id, rank, row_number() OVER (ORDER BY rank DESC) AS trank FROM (
         SELECT x.id, ts_rank_cd(x.tsv, q) AS rank FROM "${q.table}" x, websearch_to_tsquery('english', $4) q
         WHERE x."storeId" = $1::uuid AND x.tsv @@ q
         ORDER BY rank DESC LIMIT $5) b
     )
     SELECT ${q.select}, 1 - v.dist AS "vectorScore", t.rank AS "textScore", v.vrank, t.trank
     FROM v FULL OUTER JOIN t ON t.id = v.id
     JOIN "${q.table}" r ON r.id = coalesce(v.id, t.id)
     ${q.join ?? ''}`;
  const [, rows] = await deps.prisma.$transaction([
    deps.prisma.$executeRawUnsafe(`SET LOCAL hnsw.iterative_scan = relaxed_order`),
    deps.prisma.$queryRawUnsafe<Record<string, unknown>[]>(sql, q.storeId, toVectorLiteral(vec), embedding.model, ftsQuery(q.query) || 'nothing', q.limit),
  ]);
  return rows;
}

export async function searchKnowledge(
  deps: AiDeps,
  args: { storeId: string; query: string; topK?: number; candidates?: number; all?: boolean },
): Promise<KnowledgeHit[]> {
  const topK = args.topK ?? 5;
  const limit = Math.max(args.candidates ?? 40, topK * 3);
  const rows = await hybridCandidates(deps, {
    table: 'TrainingChunk', storeId: args.storeId, query: args.query, limit,
    select: `r.id AS "chunkId", r."docId", d.title, d.type::text AS "docType", r.content, r.metadata`,
    join: `JOIN "TrainingDoc" d ON d.id = r."docId"`,
  });
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
  const rows = await hybridCandidates(deps, {
    table: 'Product', storeId: args.storeId, query: args.query, limit,
    select: `r.id AS "productId", r.sku, r.name, r.description, r.category, r.tags, r.price::float8 AS price, r.currency, r."inStock", r.url`,
  });
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
