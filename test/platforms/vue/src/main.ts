import {createApp} from 'vue';
import 'iop-fit-check';
import App from './App.vue';

createApp(App).mount('#app');
