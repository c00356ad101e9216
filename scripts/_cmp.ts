import { tokenize as neu } from '../lib/engine/text/tokenize';
import { tokenize as old } from './_old_tokenize';
import { readFileSync, readdirSync } from 'node:fs';
const texts: string[] = [];
for (const f of readdirSync('tests/corpus')) if (f.endsWith('.json')) for (const d of JSON.parse(readFileSync('tests/corpus/'+f,'utf8'))) texts.push(d.text);
for (const f of ['/work/shared/testdata/independent-drafts/dev.jsonl','/work/blind/set-a.jsonl','/work/blind/set-b.jsonl']) for (const l of readFileSync(f,'utf8').split('\n')) if (l.trim()) texts.push(JSON.parse(l).text);
const alphabet = ['a','ö','A','1','.',',','@','-','_','#','😊','\u200D','\uFE0F',' ','\n','\u00A0','www.','hofors.se','t.ex.',':','\'','"','”','»','(',')','!','?','\u0301','https://','🇸','🇪','%','+','\r','\t','\u2028'];
for (let n = 0; n < 200000; n++) { let s=''; const len = Math.random()*20|0; for (let i=0;i<len;i++) s+=alphabet[Math.random()*alphabet.length|0]; texts.push(s); }
let bad = 0;
for (const t of texts) { const a = JSON.stringify(old(t)), b = JSON.stringify(neu(t)); if (a !== b) { if (bad++ < 5) console.log(JSON.stringify(t), '\n', a, '\n', b); } }
console.log('diffs', bad, 'of', texts.length);
