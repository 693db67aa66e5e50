import { BAG_BUCKETS, wordBag, type Bag } from './vocabulary.ts';

/**
 * English function words of four letters or more. Why they matter: the segmenter's vocabulary bags keep
 * every word of four letters or more, and on raw counts these ("that", "with", "your", "have") are a long
 * text's most frequent words, shared by every English page: two unrelated stories scored 0.45–0.55 on
 * them alone, as high as a story's own parts after an inline box. Without them, glued pages' stories
 * score mostly under 0.2 against each other on the capture corpus, a story's own parts mostly over 0.3.
 * Only English: other languages' pages are rarely glued in one capture, and their bags keep their words.
 */
const STOP_WORDS = [
  'that', 'with', 'this', 'your', 'have', 'from', 'they', 'will', 'what', 'when', 'which', 'their', 'there',
  'been', 'were', 'would', 'about', 'more', 'also', 'into', 'them', 'than', 'some', 'only', 'other', 'just',
  'like', 'over', 'such', 'most', 'very', 'each', 'these', 'those', 'here', 'then', 'because', 'could',
  'should', 'after', 'before', 'while', 'where', 'being', 'does', 'make', 'many', 'much', 'even', 'well',
  'want', 'need', 'know', 'said', 'says', 'both', 'same', 'still', 'through', 'under', 'again', 'between',
  'every', 'however', 'without', 'within', 'across', 'around', 'among', 'during',
];

/**
 * The vocabulary buckets the stop words hash to (vocabulary.ts's own hashing, via wordBag). Content words that
 * share a bucket with one (about 1 in 60) are left out too: a bag loses a few of its words, not its likeness.
 */
const STOP = new Uint8Array(BAG_BUCKETS);
for (const w of STOP_WORDS) for (const k of wordBag(w).keys) STOP[k] = 1;

/** `bag` without the stop words' buckets (a new bag; linear in the buckets the bag uses). */
export function withoutStopWords(bag: Bag): Bag {
  let n = 0;
  for (let i = 0; i < bag.keys.length; i++) if (STOP[bag.keys[i]] === 0) n++;
  const keys = new Int32Array(n);
  const counts = new Float64Array(n);
  let norm2 = 0;
  for (let i = 0, j = 0; i < bag.keys.length; i++) {
    if (STOP[bag.keys[i]] === 1) continue;
    keys[j] = bag.keys[i];
    counts[j] = bag.counts[i];
    norm2 += bag.counts[i] * bag.counts[i];
    j++;
  }
  return { keys, counts, norm2 };
}
