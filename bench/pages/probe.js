// Loaded first on every benchmark page: records layout shifts and long tasks,
// finds the first question (also inside shadow roots), and answers questions
// through the page's own UI. Each page sets window.benchPage first.
window.bench = {longTasks: [], cls: 0};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) bench.longTasks.push(entry.duration);
}).observe({type: 'longtask', buffered: true});
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (!entry.hadRecentInput) bench.cls += entry.value;
}).observe({type: 'layout-shift', buffered: true});

// A macrotask turn with no timer clamping, for polling without a frame's delay.
const turn = () =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
const until = async (check) => {
  while (!check()) await turn();
};
const $ = (selector) => benchPage.root()?.querySelector(selector);

// Polled by timer (about every 4 ms), not every frame, so the time is not
// rounded up to a frame, without the busy polling that would slow the page.
bench.firstQuestion = (async () => {
  while (!$(benchPage.question)) await new Promise((resolve) => setTimeout(resolve));
  const dom = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return {dom, paint: performance.now()};
})();

bench.arrival = () =>
  Math.max(
    ...benchPage.scripts.map(
      (src) => performance.getEntriesByName(new URL(src, location.href).href)[0].responseEnd
    )
  );

/** Answers each question in turn and waits for the result; returns the milliseconds taken. */
bench.answerAll = async (path) => {
  const start = performance.now();
  for (const [index, [id, value]] of path.entries()) {
    await until(() => $(benchPage.hasQuestion(id)));
    $(benchPage.choose(id, value)).click();
    if (benchPage.next) {
      await turn();
      $(benchPage.next()).click();
    }
    const nextId = path[index + 1]?.[0];
    await until(() => (nextId ? $(benchPage.hasQuestion(nextId)) : $(benchPage.done)));
  }
  return performance.now() - start;
};
