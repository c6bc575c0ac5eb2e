// The embed page (embed.html#story=…&map=…): one built-in story and its view, without the side panel.
import { mount } from 'svelte';
import 'maplibre-gl/dist/maplibre-gl.css';
import './app.css';
import Embed from './embed/Embed.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('Borderline: #app element is missing from embed.html');

export default mount(Embed, { target });
