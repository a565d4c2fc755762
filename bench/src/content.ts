/**
 * The widget's English content as SurveyJS JSON, so the peer shows the same
 * explainer and questions. Run once in a browser at build time; the peer page
 * then loads only SurveyJS and this JSON.
 */
import {render} from 'lit';
import {questions} from '../../src/fit-check/questions.js';
import {questionText} from '../../src/content/question-messages.js';
import {explainer} from '../../src/explainer/explainer-content.js';

function explainerHtml() {
  const container = document.createElement('div');
  render(explainer({headingLevel: 2, locale: 'en', start: '', ending: ''}), container);
  return container.innerHTML.replace(/<!--[^]*?-->/g, '');
}

export function surveyJson() {
  const radiogroups = questions.map(({id, options}) => {
    const text = questionText(id);
    return {
      type: 'radiogroup',
      name: id,
      title: text.legend,
      description: text.hint,
      isRequired: true,
      choices: options.map((value) => ({
        value,
        text: (text.options as Record<string, string>)[value],
      })),
    };
  });
  return {
    showQuestionNumbers: 'on',
    showProgressBar: 'top',
    completedHtml: '<h2 class="result">Result</h2>',
    // The explainer above the first question, then one question per page, as the widget does.
    pages: radiogroups.map((question, index) => ({
      elements:
        index === 0
          ? [{type: 'html', name: 'explainer', html: explainerHtml()}, question]
          : [question],
    })),
  };
}

(window as unknown as {surveyJson: () => unknown}).surveyJson = surveyJson;
