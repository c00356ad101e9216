import { performance } from 'node:perf_hooks';
import { lint } from '../lib/engine/lint';
import { builtinPack } from '../lib/packs/builtin';
import { buildTextModel } from '../lib/engine/text/model';
import { detectLanguage } from '../lib/engine/language';
const pack = builtinPack('hofors');
const SENTENCES = [
  'Hej och tack för Er fråga om förskolans öppettider!',
  'Du kommer att erhålla ett beslut inom två veckor, och du kan läsa mer på www.hofors.se/forskola.',
  'Simhallen är stängd på måndag på grund av reparationer, men vi öppnar igen på tisdag klockan sju.',
  'Mitt personnummer är 811218-9876, kan ni kolla mitt ärende?',
  'Vi har tagit emot orosanmälan om din son och utredningen pågår.',
  'Läs på innan du skriver sådant här!!!',
  'Kommunstyrelsen beslutade i går att anslaget till föreningslivet ska höjas med tio procent nästa år.',
  'Har du frågor är du välkommen att ringa kommunens växel eller mejla kommun@hofors.se 😊',
  'Beträffande snöröjningen på Storgatan skall vi återkomma så snart som möjligt.',
  'Tack till alla som kom på invigningen av nya lekparken i helgen, det var fantastiskt roligt att se så många glada barn.',
  'Jag arbetar på miljöförvaltningen och kan säga att tillståndet kommer nästa vecka.',
  'Till er som har barn i förskolan: ni är välkomna på föräldramöte den 12 mars kl. 18.00 i aulan.',
];
let text = '';
for (let i = 0; text.length < 20000; i++) text += (i % 4 === 3 ? '\n\n' : ' ') + SENTENCES[i % SENTENCES.length];
text = text.trim().slice(0, 20000);
const opts = { pack, platform: 'facebook' as const, account: 'private' as const };
for (let i = 0; i < 30; i++) lint(text, opts);
const t = (f: () => void, n = 100) => { for (let i=0;i<10;i++) f(); const s: number[] = []; for (let i = 0; i < n; i++) { const a = performance.now(); f(); s.push(performance.now() - a); } s.sort((a,b)=>a-b); return s[n>>1]!; };
console.log('total', t(() => lint(text, opts)).toFixed(2));
console.log('model', t(() => buildTextModel(text)).toFixed(2));
console.log('model+lang', t(() => detectLanguage(buildTextModel(text))).toFixed(2));
for (const r of pack.rules) console.log(r.id.padEnd(30), r.kind.padEnd(20), t(() => lint(text, { ...opts, only: new Set([r.id]) })).toFixed(2));
