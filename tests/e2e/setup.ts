// Loaded before every e2e test file (vite.config.ts setupFiles): the shared guard. After each test, and
// after each file's last hook, every browser session the file opened must have made no request outside the
// test server (workers included, CSP-refused ones included), raised no uncaught error and logged no console
// error, except the faults a test declared with `session.allow(...)`.
import { afterAll, afterEach, expect } from 'vitest';
import { drainFaults } from './browser';

afterEach(() => {
  expect(drainFaults(), 'off-origin requests, page errors or console errors').toEqual([]);
});
afterAll(() => {
  expect(drainFaults(), 'off-origin requests, page errors or console errors (after the last test)').toEqual([]);
});
