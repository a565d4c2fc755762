import {scanLocale} from './scan.js';

scanLocale('ar');
