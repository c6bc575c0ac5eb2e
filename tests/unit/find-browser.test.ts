import { describe, expect, it } from 'vitest';
import { findBrowser } from '../e2e/find-browser';

describe('findBrowser', () => {
  it('prefers BORDERLINE_BROWSER when it exists', () => {
    expect(findBrowser({ BORDERLINE_BROWSER: process.execPath })).toBe(process.execPath);
  });
  it('fails with an install hint when the variable points nowhere', () => {
    expect(() => findBrowser({ BORDERLINE_BROWSER: '/nonexistent/chrome' })).toThrow(/no file is there/);
  });
});
