/**
 * Line and column of many offsets into one text, as lib/engine/text/segment.ts lineColumn gives them (1-based;
 * CR, LF and CRLF are one break; columns count code points), in time linear in the text plus the offsets when they
 * come in ascending order, as a field's findings do. lineColumn from the start for every finding was quadratic.
 */
export function positions(text: string): (offset: number) => { line: number; column: number } {
  // State of lineColumn's first loop after its last run: the next index `i`, the line and where that line starts.
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let prev = 0;
  // Column cache: counted from lineStart up to colAt.
  let colLine = -1;
  let colAt = 0;
  let column = 1;
  return (offset) => {
    if (offset < prev) {
      i = 0;
      line = 1;
      lineStart = 0;
      colLine = -1;
    }
    prev = offset;
    for (; i < offset && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || c === 13) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        line++;
        lineStart = i + 1;
      }
    }
    // Columns go on from the last offset on the same line, unless it ended inside a surrogate pair.
    const resume =
      colLine === lineStart && colAt <= offset && !(colAt > lineStart && isHigh(text.charCodeAt(colAt - 1)));
    let k = resume ? colAt : lineStart;
    let col = resume ? column : 1;
    for (; k < offset; k++) {
      if (isHigh(text.charCodeAt(k)) && k + 1 < offset) k++;
      col++;
    }
    colLine = lineStart;
    colAt = Math.max(offset, lineStart);
    column = col;
    return { line, column: col };
  };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
