import { render } from 'preact';
import { Options } from '../../components/Options';

document.documentElement.lang = navigator.language.startsWith('sv') ? 'sv' : document.documentElement.lang;
render(<Options />, document.getElementById('app')!);
