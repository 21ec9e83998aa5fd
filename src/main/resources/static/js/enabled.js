// Lets GOV.UK Frontend style components for JavaScript before they load; every journey still works without it.
document.body.classList.add('js-enabled', 'govuk-frontend-supported');
