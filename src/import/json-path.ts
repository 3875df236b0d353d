/**
 * Character offsets in a JSON text → JSON paths ("features[3].geometry.coordinates"), by one scan
 * that tracks the open objects and arrays. Used to say where a validator's issue is.
 */

interface Frame {
  readonly array: boolean;
  key: string | undefined;
  index: number;
}

function render(stack: readonly Frame[]): string {
  let out = "";
  for (const f of stack) {
    if (f.array) out += `[${f.index}]`;
    else if (f.key !== undefined)
      out += /^[A-Za-z_$][\w$]*$/.test(f.key)
        ? `${out ? "." : ""}${f.key}`
        : `[${JSON.stringify(f.key)}]`;
  }
  return out;
}

/**
 * The path of the value at or around each offset, for valid (or nearly valid) JSON `text`.
 * Offsets need not be sorted; the result follows their order. Pure; linear in the text length.
 */
export function pathsAtOffsets(text: string, offsets: readonly number[]): string[] {
  const order = offsets.map((o, i) => [o, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<string>(offsets.length).fill("");
  const stack: Frame[] = [];
  let next = 0;
  let expectKey = false;
  for (let i = 0; i <= text.length && next < order.length; i++) {
    while (next < order.length && (order[next] as readonly [number, number])[0] <= i) {
      out[(order[next] as readonly [number, number])[1]] = render(stack);
      next++;
    }
    const c = text.charCodeAt(i);
    if (c === 34) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== 34) j += text.charCodeAt(j) === 92 ? 2 : 1;
      const top = stack[stack.length - 1];
      if (top && !top.array && expectKey) {
        try {
          top.key = JSON.parse(text.slice(i, j + 1)) as string;
        } catch {
          top.key = text.slice(i + 1, j);
        }
        expectKey = false;
      }
      i = j;
    } else if (c === 123 || c === 91) {
      stack.push({ array: c === 91, key: undefined, index: 0 });
      expectKey = c === 123;
    } else if (c === 125 || c === 93) {
      stack.pop();
    } else if (c === 44) {
      const top = stack[stack.length - 1];
      if (top?.array) top.index++;
      else if (top) expectKey = true;
    }
  }
  return out;
}
