/**
 * Published article-extraction-benchmark figures (F1, precision, recall), from the upstream
 * README at commit 4a3bc97, keyed by the name of the tool's file in `reference-outputs/`.
 * They let us check our port of the metric: scoring each reference output must give these.
 * The ones the DESIGN names (trafilatura, readability_js, newspaper = newspaper4k,
 * go_trafilatura, AutoExtract) are the ones we quote; the rest widen the check.
 */
export interface PublishedScore {
  f1: number;
  precision: number;
  recall: number;
}

export const AEB_PUBLISHED: Record<string, PublishedScore> = {
  AutoExtract: { f1: 0.97, precision: 0.984, recall: 0.956 },
  Diffbot: { f1: 0.951, precision: 0.958, recall: 0.944 },
  august: { f1: 0.471, precision: 0.312, recall: 0.955 },
  beautifulsoup: { f1: 0.665, precision: 0.499, recall: 0.994 },
  boilerpipe: { f1: 0.86, precision: 0.85, recall: 0.87 },
  boilerpipe_rs: { f1: 0.739, precision: 0.761, recall: 0.717 },
  dom_smoothie: { f1: 0.865, precision: 0.785, recall: 0.963 },
  dragnet: { f1: 0.907, precision: 0.925, recall: 0.889 },
  fast_html2md: { f1: 0.515, precision: 0.351, recall: 0.967 },
  go_domdistiller: { f1: 0.927, precision: 0.901, recall: 0.956 },
  go_readability: { f1: 0.934, precision: 0.9, recall: 0.971 },
  go_readability_fork: { f1: 0.947, precision: 0.914, recall: 0.982 },
  go_trafilatura: { f1: 0.96, precision: 0.94, recall: 0.98 },
  goose3: { f1: 0.896, precision: 0.94, recall: 0.856 },
  'html-text': { f1: 0.665, precision: 0.5, recall: 0.994 },
  html2md_rs: { f1: 0.15, precision: 0.142, recall: 0.16 },
  html2text: { f1: 0.662, precision: 0.499, recall: 0.983 },
  html2text_rs: { f1: 0.438, precision: 0.283, recall: 0.965 },
  inscriptis: { f1: 0.679, precision: 0.517, recall: 0.992 },
  justext: { f1: 0.804, precision: 0.858, recall: 0.756 },
  llm_readability: { f1: 0.829, precision: 0.851, recall: 0.809 },
  mdka: { f1: 0.435, precision: 0.285, recall: 0.914 },
  nanohtml2text: { f1: 0.469, precision: 0.309, recall: 0.973 },
  news_please: { f1: 0.948, precision: 0.964, recall: 0.933 },
  newspaper: { f1: 0.949, precision: 0.964, recall: 0.934 },
  readability: { f1: 0.922, precision: 0.913, recall: 0.931 },
  readability_js: { f1: 0.947, precision: 0.914, recall: 0.982 },
  readability_rs: { f1: 0.873, precision: 0.906, recall: 0.843 },
  readabilityrs: { f1: 0.832, precision: 0.745, recall: 0.943 },
  readable_readability: { f1: 0.884, precision: 0.886, recall: 0.881 },
  rs_trafilatura: { f1: 0.97, precision: 0.951, recall: 0.99 },
  trafilatura: { f1: 0.958, precision: 0.938, recall: 0.978 },
};
