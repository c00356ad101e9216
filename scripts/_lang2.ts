import { francAll } from 'franc';
import { FRANC_LANGUAGES } from '../lib/engine/language';
for (const t of process.argv.slice(2)) console.log(francAll(t, { only: FRANC_LANGUAGES, minLength: 12 }).slice(0, 4), t);
