/**
 * Bytes → text: UTF-16 with a byte order mark, else UTF-8 (BOM stripped); invalid UTF-8 is read
 * as Windows-1251, common for Cyrillic.
 */
import { isUtf16 } from "./file-kind";

export interface Decoded {
  readonly text: string;
  /** Set when the file was not UTF-8 and another encoding was used. */
  readonly note?: string | undefined;
}

/**
 * Decodes `bytes` as UTF-16 when they start with its byte order mark (Excel's "Unicode text"),
 * else as UTF-8, falling back to Windows-1251 with a note. Pure.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (isUtf16(bytes)) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    return { text: new TextDecoder(encoding).decode(bytes) };
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    try {
      const text = new TextDecoder("windows-1251").decode(bytes);
      return {
        text,
        note: "The file is not UTF-8; it was read as Windows-1251 (Cyrillic). Check names and descriptions.",
      };
    } catch {
      const text = new TextDecoder("utf-8").decode(bytes);
      return {
        text,
        note: "The file is not valid UTF-8; unreadable characters were replaced by “�”.",
      };
    }
  }
}
