import {scanLocale} from './scan.js';

scanLocale('ht');
