import {scanLocale} from './scan.js';

scanLocale('en');
