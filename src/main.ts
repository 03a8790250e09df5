import { mount } from 'svelte';
import App from './App.svelte';
import { installer } from './state/install.svelte';
import './app.css';
import './forms.css';

// Before mounting: the browser may offer installing the app before the shell is on screen.
installer.listen();

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
export default mount(App, { target });
