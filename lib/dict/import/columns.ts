/** The CSV columns an import knows, their Chinese and English aliases, and the words of the allow column. */

export const CSV_COLUMNS = ['term', 'suggestion', 'severity', 'note', 'source', 'allow'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const CSV_ALIASES: Record<string, CsvColumn> = {
  term: 'term',
  terms: 'term',
  word: 'term',
  词条: 'term',
  词语: 'term',
  敏感词: 'term',
  suggestion: 'suggestion',
  suggestions: 'suggestion',
  建议: 'suggestion',
  建议用词: 'suggestion',
  severity: 'severity',
  level: 'severity',
  严重程度: 'severity',
  级别: 'severity',
  note: 'note',
  说明: 'note',
  备注: 'note',
  source: 'source',
  来源: 'source',
  allow: 'allow',
  白名单: 'allow',
  允许: 'allow',
};

export const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', '是', '允许']);
export const FALSE_WORDS = new Set(['', '0', 'false', 'no', 'n', '否']);
