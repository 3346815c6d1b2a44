import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import '../lib/i18n';

// Lazy chunks (charts, drawers) take longer than a second to appear on a busy 2-core CI machine.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks the layout APIs antd's responsive parts ask for.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}
if (!('ResizeObserver' in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.defineProperty(window, 'ResizeObserver', { writable: true, value: ResizeObserverStub });
}

// Drawers and forms are lazy chunks: on a busy machine their first import takes more than the
// default second that findBy… and waitFor wait.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => cleanup());
