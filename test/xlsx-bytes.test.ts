/**
 * The byte searches the worksheet scanner runs on a part's UTF-8 bytes (src/xlsx/bytes.ts) find what a search
 * in the decoded text finds, at the byte position of that place: ASCII markup and Chinese marks alike,
 * at the edges of the part, from any starting point; compared with String.prototype.indexOf / startsWith
 * over seeded random texts mixing markup and Chinese.
 */
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { decodeBytes, indexOfBytes, pattern, startsWithBytes } from "../src/xlsx/bytes";
import { seeded } from "./helpers/proofread-corpus";

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The byte offset of text position i. */
const byteAt = (text: string, i: number) => utf8(text.slice(0, i)).length;

describe("byte searches in a part", () => {
  test("stated cases", () => {
    const xml = utf8('<row r="1"><c r="A1" t="inlineStr"><is><t>支出决算表</t></is></c></row></sheetData>');
    // 11 + 24 + 4 + 3 ASCII bytes, then 支出决算 in 3 bytes each: 表 at byte 54, </t> at 57, </c> at 66 (88 in all).
    assert.equal(xml.length, 88);
    assert.equal(indexOfBytes(xml, pattern("表"), 0), 54);
    assert.equal(indexOfBytes(xml, pattern("</t>"), 0), 57);
    assert.equal(indexOfBytes(xml, pattern("</c>"), 0), 66);
    assert.equal(indexOfBytes(xml, pattern("</c>"), 67), -1);
    assert.equal(decodeBytes(xml, 54, 57), "表");
    assert.equal(indexOfBytes(xml, pattern("</sheetData>"), 0), xml.length - 12, "a pattern ending the part");
    assert.equal(indexOfBytes(xml, pattern("</sheetData>"), xml.length - 11), -1, "started past it");
    assert.equal(indexOfBytes(xml, pattern("<row"), -5), 0, "a negative start counts from 0, as in indexOf of a text");
    assert.equal(indexOfBytes(xml, pattern("</mergeCells>"), 0), -1);
    assert.equal(indexOfBytes(utf8("</c"), pattern("</c>"), 0), -1, "a pattern cut off by the end");
    assert.equal(startsWithBytes(xml, pattern("<row"), 0), true);
    assert.equal(startsWithBytes(xml, pattern("</sheetData>"), xml.length - 12), true);
    assert.equal(startsWithBytes(xml, pattern("</sheetData>"), xml.length - 11), false, "past the end");
    assert.equal(startsWithBytes(xml, pattern("<row"), -1), false);
    assert.equal(decodeBytes(xml, 1, 4), "row");
  });

  test("5,000 random texts: the same places as a search in the decoded text", () => {
    const rand = seeded(20261202);
    const pieces = ["<c", "</c>", "<v>", "</v>", "表", "决", "：", ":", "&amp;", "_x000D_", "r=\"A1\"", "1234.5", "支出", " ", "\u00a0", "😀"];
    const needles = ["</c>", "<v>", "表", "决", "：", ":", "&", "_x", "支出决算"];
    for (let k = 0; k < 5000; k++) {
      const n = 1 + Math.floor(rand() * 30);
      let text = "";
      for (let i = 0; i < n; i++) text += pieces[Math.floor(rand() * pieces.length)];
      const bytes = utf8(text);
      const needle = needles[Math.floor(rand() * needles.length)];
      const from = Math.floor(rand() * (text.length + 2));
      const at = text.indexOf(needle, from);
      const fromByte = from >= text.length ? bytes.length + (from - text.length) : byteAt(text, from);
      // `from` inside a surrogate pair never happens in the scanner (it starts at tag boundaries): skip it.
      if (from > 0 && from < text.length && text.charCodeAt(from - 1) >= 0xd800 && text.charCodeAt(from - 1) <= 0xdbff) continue;
      assert.equal(indexOfBytes(bytes, pattern(needle), fromByte), at < 0 ? -1 : byteAt(text, at), `${JSON.stringify(text)} ${needle} from ${from}`);
      if (from <= text.length) assert.equal(startsWithBytes(bytes, pattern(needle), fromByte), text.startsWith(needle, from), `${JSON.stringify(text)} starts ${needle} at ${from}`);
    }
  });
});
