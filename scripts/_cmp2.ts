const LETTER = /\p{L}/u;
function letters(text: string): number {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) count++;
    } else if (code >= 0xc0 && code < 0x2b0 && code !== 0xd7 && code !== 0xf7) count++;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // An astral character: one letter or none, whichever its code point is.
      if (LETTER.test(String.fromCodePoint(text.codePointAt(k)!))) count++;
      k++;
    } else if (LETTER.test(text[k]!)) count++;
  }
  return count;
}
const G = /\p{L}/gu; let bad=0;
for (let c = 0; c < 0x30000; c++) { if (c>=0xd800&&c<0xe000) continue; const s = String.fromCodePoint(c); const a = (s.match(G)?.length ?? 0); const b = letters(s); if (a!==b) { if (bad++<10) console.log(c.toString(16), a, b); } }
console.log('bad', bad);
