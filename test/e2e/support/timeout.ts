// Browser tests start Chromium and wait for the page; give them room on a loaded machine.
jest.setTimeout(120_000);
