import {scanLocale} from './scan.js';

scanLocale('es');
