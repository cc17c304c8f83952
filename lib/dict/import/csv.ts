/** A minimal RFC 4180 reader: yields records with the 1-based line they start on. */
export function* csvRecords(
  text: string,
): Generator<{ line: number; cells: string[] } | { line: number; error: string }> {
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let error: string | undefined;
    for (;;) {
      if (i < n && text.charCodeAt(i) === 34 /* " */) {
        // quoted field
        const quoteLine = line;
        i++;
        let closed = false;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === 34) {
            if (text.charCodeAt(i + 1) === 34) {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++;
          cell += text[i];
          i++;
        }
        if (!closed) {
          yield { line: quoteLine, error: '引号没有闭合（以 " 开始的字段一直到文件末尾都没有结束的 "）' };
          return;
        }
        if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          error = '引号后出现多余字符（字段内的引号须写成两个 ""）';
          // skip to the end of the line
          while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
        }
      } else {
        while (i < n) {
          const ch = text[i];
          if (ch === ',' || ch === '\n' || ch === '\r') break;
          if (ch === '"') {
            error ??= '未加引号的字段中出现引号（含引号的字段须整体用 "…" 括起来）';
          }
          cell += ch;
          i++;
        }
      }
      cells.push(cell);
      cell = '';
      if (i < n && text[i] === ',') {
        i++;
        continue;
      }
      // end of record
      if (i < n && text[i] === '\r') i++;
      if (i < n && text[i] === '\n') i++;
      line++;
      break;
    }
    yield error ? { line: startLine, error } : { line: startLine, cells };
  }
}
