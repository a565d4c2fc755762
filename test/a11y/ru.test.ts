import {scanLocale} from './scan.js';

scanLocale('ru');
