// Lists the widget's events as a partner's analytics code would receive them.
const list = document.getElementById('events');
for (const name of [
  'iop-quiz-start',
  'iop-quiz-answer',
  'iop-quiz-complete',
  'iop-cta-click',
  'iop-locale-change',
]) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    item.textContent = `${name} ${JSON.stringify(event.detail)}`;
    list.prepend(item);
  });
}
