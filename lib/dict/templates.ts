/**
 * Downloadable import templates (options page → 导入导出 → 下载模板). Each is a valid import on its own, with the
 * headers the importer accepts; the examples show every column.
 */
export const IMPORT_TEMPLATES = {
  csv: {
    name: '发布审校-词库导入模板.csv',
    type: 'text/csv;charset=utf-8',
    // A BOM so that Excel on Chinese Windows opens the UTF-8 file with the right encoding.
    text: `\uFEFF词条,建议,严重程度,说明,来源,白名单
某某敏感词,,禁止发布,本单位规定不得使用的词,本单位宣传部,
布署,部署,需注意,常见错别字,《现代汉语词典》,
示范性词语,规范说法一|规范说法二,建议,可改用规范说法,,
某某大桥,,,本地地名，不作提示,,是
`,
  },
  txt: {
    name: '发布审校-词库导入模板.txt',
    type: 'text/plain;charset=utf-8',
    text: `# 每行一个词条，用 Tab 分隔：词条⇥建议（多个用 | 分隔）⇥严重程度⇥说明
# 严重程度可写 block/warn/info，或 禁止发布/需注意/建议；不写为 需注意。以 # 开头的行和空行忽略。
# 以 ! 开头的是白名单（与之重叠的命中不提示）。
某某敏感词\t\t禁止发布\t本单位规定不得使用的词
布署\t部署\t需注意\t常见错别字
示范性词语\t规范说法一|规范说法二\t建议\t可改用规范说法
!某某大桥
`,
  },
} as const;

/** The CSV headers the importer accepts (English and Chinese), for the page's explanation. */
export const CSV_HEADER_HELP =
  '表头可用英文或中文：term/词条、suggestion/建议、severity/严重程度（或 级别）、note/说明、source/来源、allow/白名单；只有“词条”必填。';
