/**
 * A unified diff of two XML texts, line by line, for logging what a redefine changes
 * (as virt-manager logs every redefine): one hunk from the first to the last changed line.
 * Because the model writes untouched nodes back byte for byte, it shows only the edit.
 * Display passwords (present when the XML was read with the SECURE flag) are masked, so
 * the diff is safe to log (a change of password alone therefore shows no difference).
 */
export function diffLines(before: string, after: string, context = 3): string {
  const a = redactPasswords(before).split('\n');
  const b = redactPasswords(after).split('\n');
  // Edits are small: strip the common head and tail so the quadratic part stays tiny.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  if (head === a.length && head === b.length) return '';

  const ops = [
    ...a.slice(Math.max(0, head - context), head).map((line) => ` ${line}`),
    ...middleOps(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail, a.length - tail + context).map((line) => ` ${line}`),
  ];
  const start = Math.max(0, head - context);
  const removed = ops.filter((op) => !op.startsWith('+')).length;
  const added = ops.filter((op) => !op.startsWith('-')).length;
  return [`@@ -${start + 1},${removed} +${start + 1},${added} @@`, ...ops].join('\n');
}

function redactPasswords(xml: string): string {
  return xml.replace(
    /(\spasswd\s*=\s*)(["'])[^"']*\2/g,
    (_, name: string, quote: string) => `${name}${quote}***${quote}`,
  );
}

/**
 * The most cells the longest-common-subsequence table may have: 4 Mi cells are 16 MiB.
 * Past that (two large documents that differ almost everywhere), the changed middle is
 * shown as all its old lines removed and all its new lines added: still a correct diff,
 * in linear time and memory, where the table would take gigabytes.
 */
const MAX_LCS_CELLS = 4 * 1024 * 1024;

/** The changed middle as " ", "-" and "+" lines, through a longest common subsequence. */
function middleOps(a: string[], b: string[]): string[] {
  if ((a.length + 1) * (b.length + 1) > MAX_LCS_CELLS) {
    return [...a.map((line) => `-${line}`), ...b.map((line) => `+${line}`)];
  }
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const ops: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push(` ${a[i++] ?? ''}`);
      j++;
    } else if (
      i < a.length &&
      (j === b.length || (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))
    ) {
      ops.push(`-${a[i++] ?? ''}`);
    } else {
      ops.push(`+${b[j++] ?? ''}`);
    }
  }
  return ops;
}
