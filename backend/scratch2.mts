import { tokens } from './src/modules/ai/text.ts';
import { queryTerms, indexText, termMatches } from './src/modules/ai/support.ts';
const q = queryTerms('my jacket zipper is broken can i get it fixed');
console.log(q);
const idx = indexText('Trailhead lifetime warranty. All Trailhead-brand gear is covered by a lifetime warranty against defects in materials and workmanship.');
console.log(q.map(t => [t.word, termMatches(t, idx)]));
