import {scanLocale} from './scan.js';

scanLocale('zh-Hans');
