// The module worker: no logic of its own, it only exposes the engine API over comlink.
import { expose } from 'comlink';
import { api } from './api';

expose(api);
