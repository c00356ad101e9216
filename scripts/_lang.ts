import { buildTextModel } from '../lib/engine/text/model';
import { detectLanguage } from '../lib/engine/language';
console.log(detectLanguage(buildTextModel(process.argv[2]!)));
