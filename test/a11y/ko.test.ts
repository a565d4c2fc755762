import {scanLocale} from './scan.js';

scanLocale('ko');
