import type { TTrainingDoc } from '@convix/shared/contracts';
import type { TrainingDoc } from '../../generated/prisma/client.js';

export function serializeTrainingDoc(d: TrainingDoc): TTrainingDoc {
  return {
    id: d.id, type: d.type, title: d.title, content: d.content, sourceUrl: d.sourceUrl, fileName: d.fileName,
    status: d.status, error: d.error, progress: d.progress, chunkCount: d.chunkCount,
    createdAt: d.createdAt.toISOString(), updatedAt: d.updatedAt.toISOString(),
  };
}
