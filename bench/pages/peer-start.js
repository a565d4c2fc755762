// Renders the widget's questions (window.surveyJson, from our own data) with SurveyJS.
// Loaded with defer, so the document is parsed.
const survey = new Survey.Model(window.surveyJson);
SurveyUI.renderSurvey(survey, document.getElementById('survey'));
