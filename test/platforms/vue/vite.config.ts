import {defineConfig} from 'vite';
import vue from '@vitejs/plugin-vue';

// Relative asset paths: the test serves each app from a folder of its own.
export default defineConfig({
  base: './',
  plugins: [
    // Vue renders the widget's tags as custom elements, not as Vue components.
    vue({template: {compilerOptions: {isCustomElement: (tag) => tag.startsWith('iop-')}}}),
  ],
});
