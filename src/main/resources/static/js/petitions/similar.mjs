// Suggests open petitions like the one being written, while the title is typed. Only an enhancement: without
// JavaScript the "Check for similar petitions" button shows the same list on the next page.
const input = document.querySelector('input[data-similar-petitions]');
const region = document.getElementById('similar-petitions');

if (input && region) {
  const endpoint = input.dataset.similarPetitions;
  let timer;
  let latest = '';

  const show = (petitions) => {
    region.replaceChildren();
    if (petitions.length === 0) {
      return;
    }
    const heading = document.createElement('p');
    heading.className = 'govuk-body govuk-!-font-weight-bold';
    heading.textContent = region.dataset.heading;
    const list = document.createElement('ul');
    list.className = 'govuk-list';
    for (const petition of petitions) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'govuk-link';
      link.href = petition.url;
      link.textContent = petition.title;
      item.append(link);
      list.append(item);
    }
    region.append(heading, list);
  };

  const lookUp = async () => {
    const title = input.value.trim();
    if (title === latest) {
      return;
    }
    latest = title;
    if (title.length < 3) {
      show([]);
      return;
    }
    try {
      const response = await fetch(endpoint + '?title=' + encodeURIComponent(title), {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      if (response.ok && title === latest) {
        show(await response.json());
      }
    } catch (error) {
      // Offline or rate-limited: the button still works.
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(lookUp, 350);
  });
}
