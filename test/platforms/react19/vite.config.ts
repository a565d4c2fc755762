import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';

// Relative asset paths: the test serves each app from a folder of its own.
export default defineConfig({base: './', plugins: [react()]});
