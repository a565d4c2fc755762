import {scanLocale} from './scan.js';

scanLocale('tl');
