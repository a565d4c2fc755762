import {scanLocale} from './scan.js';

scanLocale('fr');
