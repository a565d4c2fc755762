import {scanLocale} from './scan.js';

scanLocale('fa');
