import {scanLocale} from './scan.js';

scanLocale('vi');
