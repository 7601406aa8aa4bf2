// Placeholder content script: marks the page so the smoke test sees it ran.
if (__TEST__) document.documentElement.setAttribute('data-sourcelight-test-status', 'done');
